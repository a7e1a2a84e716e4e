import Foundation
import Testing

@testable import FunctionHost

@Suite("Runtime API server")
struct RuntimeAPIServerTests {
    private static let arn = "arn:aws:lambda:eu-west-1:123456789012:function:meety"

    private func send(
        _ server: RuntimeAPIServer, _ method: String, _ path: String, body: Data? = nil,
        headers: [(String, String)] = []
    ) async throws -> HTTPAnswer {
        try await HTTPExchange.send(
            method: method, host: "127.0.0.1", port: server.port, path: "/2018-06-01" + path, headers: headers,
            body: body, timeout: scaled(10))
    }

    private func sampleEvent(_ id: String, trace: String? = "Root=1-00000000-abc") -> RuntimeAPIEvent {
        RuntimeAPIEvent(
            requestID: id, payload: Data(#"{"inputTranscript":"book a meeting"}"#.utf8),
            deadlineMilliseconds: 1_772_616_603_000, invokedFunctionARN: Self.arn, traceID: trace)
    }

    @Test func nextWaitsForAnEventAndSendsLambdaHeaders() async throws {
        let server = try await RuntimeAPIServer.start()
        let poll = Task { try await send(server, "GET", "/runtime/invocation/next") }
        #expect(await eventually { server.hasWaitingRuntime })
        try await Task.sleep(for: .milliseconds(100))
        #expect(server.hasWaitingRuntime, "the long poll answered before an event existed")
        server.submit(sampleEvent("req-1")) { _ in }
        let answer = try await poll.value
        #expect(answer.status == 200)
        #expect(String(decoding: answer.body, as: UTF8.self) == #"{"inputTranscript":"book a meeting"}"#)
        #expect(answer.header("Lambda-Runtime-Aws-Request-Id") == "req-1")
        #expect(answer.header("Lambda-Runtime-Deadline-Ms") == "1772616603000")
        #expect(answer.header("Lambda-Runtime-Invoked-Function-Arn") == Self.arn)
        #expect(answer.header("Lambda-Runtime-Trace-Id") == "Root=1-00000000-abc")
        #expect(answer.header("Content-Type") == "application/json")
        #expect(server.firstNextSinceReset != nil)
        await server.close()
    }

    @Test func anEventSubmittedFirstIsHandedOutAtOnceWithoutATraceHeader() async throws {
        let server = try await RuntimeAPIServer.start()
        server.submit(sampleEvent("req-2", trace: nil)) { _ in }
        let answer = try await send(server, "GET", "/runtime/invocation/next")
        #expect(answer.header("Lambda-Runtime-Aws-Request-Id") == "req-2")
        #expect(answer.header("Lambda-Runtime-Trace-Id") == nil)
        await server.close()
    }

    @Test func aResponseIsAcceptedOnceAndASecondGets403() async throws {
        let server = try await RuntimeAPIServer.start()
        let outcome = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-3")) { outcome.resolve($0) }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        let first = try await send(server, "POST", "/runtime/invocation/req-3/response", body: Data(#"{"ok":1}"#.utf8))
        #expect(first.status == 202)
        #expect(String(decoding: first.body, as: UTF8.self) == #"{"status":"OK"}"#)
        #expect(await outcome.value() == .response(Data(#"{"ok":1}"#.utf8)))
        let second = try await send(server, "POST", "/runtime/invocation/req-3/response", body: Data("{}".utf8))
        #expect(second.status == 403)
        #expect(object(second.body)["errorType"] as? String == "InvalidStateTransition")
        let error = try await send(server, "POST", "/runtime/invocation/req-3/error", body: Data("{}".utf8))
        #expect(error.status == 403)
        await server.close()
    }

    @Test func anErrorIsReadFromTheBodyOrTheHeader() async throws {
        let server = try await RuntimeAPIServer.start()
        let first = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-4")) { first.resolve($0) }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        let body =
            #"{"errorMessage":"bad slot","errorType":"ValueError","requestId":"req-4","stackTrace":["  File \"hook.py\", line 3"]}"#
        let answer = try await send(server, "POST", "/runtime/invocation/req-4/error", body: Data(body.utf8))
        #expect(answer.status == 202)
        #expect(
            await first.value()
                == .error(
                    FunctionErrorReport(
                        errorType: "ValueError", errorMessage: "bad slot", stackTrace: [#"  File "hook.py", line 3"#])))

        let second = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-5")) { second.resolve($0) }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        _ = try await send(
            server, "POST", "/runtime/invocation/req-5/error", body: Data(#"{"errorMessage":"no type"}"#.utf8),
            headers: [("Lambda-Runtime-Function-Error-Type", "Runtime.Custom")])
        #expect(
            await second.value() == .error(FunctionErrorReport(errorType: "Runtime.Custom", errorMessage: "no type")))
        await server.close()
    }

    @Test func aResponseOverSixMegabytesGets413() async throws {
        let server = try await RuntimeAPIServer.start()
        let outcome = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-6")) { outcome.resolve($0) }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        let size = RuntimeAPIServer.maximumPayloadBytes + 1
        let answer = try await send(
            server, "POST", "/runtime/invocation/req-6/response", body: Data(repeating: UInt8(ascii: "x"), count: size))
        #expect(answer.status == 413)
        #expect(object(answer.body)["errorType"] as? String == "RequestEntityTooLarge")
        #expect(await outcome.value() == .responseTooLarge(bytes: size))
        await server.close()
    }

    @Test func exactlyTheLimitIsAccepted() async throws {
        let server = try await RuntimeAPIServer.start()
        let outcome = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-7")) { outcome.resolve($0) }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        var body = Data(repeating: UInt8(ascii: " "), count: RuntimeAPIServer.maximumPayloadBytes - 2)
        body.insert(UInt8(ascii: "["), at: 0)
        body.append(UInt8(ascii: "]"))
        let answer = try await send(server, "POST", "/runtime/invocation/req-7/response", body: body)
        #expect(answer.status == 202)
        #expect(await outcome.value() == .response(body))
        await server.close()
    }

    @Test func unknownPathsMethodsAndRequestIDsAreRefused() async throws {
        let server = try await RuntimeAPIServer.start()
        #expect(try await send(server, "GET", "/runtime/nothing").status == 404)
        #expect(try await send(server, "POST", "/runtime/invocation/next").status == 405)
        #expect(try await send(server, "GET", "/runtime/init/error").status == 405)
        let unknown = try await send(server, "POST", "/runtime/invocation/never-issued/response", body: Data("{}".utf8))
        #expect(unknown.status == 400)
        #expect(object(unknown.body)["errorType"] as? String == "InvalidRequestID")
        let outside = try await HTTPExchange.send(
            method: "GET", host: "127.0.0.1", port: server.port, path: "/2015-03-31/functions", timeout: scaled(5))
        #expect(outside.status == 404)
        await server.close()
    }

    @Test func anInitErrorFailsThePendingAndLaterEventsUntilReset() async throws {
        let server = try await RuntimeAPIServer.start()
        let pending = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-8")) { pending.resolve($0) }
        let body = #"{"errorMessage":"Unable to import module 'app'","errorType":"Runtime.ImportModuleError"}"#
        let answer = try await send(server, "POST", "/runtime/init/error", body: Data(body.utf8))
        #expect(answer.status == 202)
        let report = FunctionErrorReport(
            errorType: "Runtime.ImportModuleError", errorMessage: "Unable to import module 'app'")
        #expect(await pending.value() == .initError(report))
        let later = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-9")) { later.resolve($0) }
        #expect(await later.value() == .initError(report))

        server.reset()
        let fresh = OneShot<RuntimeAPIOutcome>()
        server.submit(sampleEvent("req-10")) { fresh.resolve($0) }
        let next = try await send(server, "GET", "/runtime/invocation/next")
        #expect(next.header("Lambda-Runtime-Aws-Request-Id") == "req-10")
        await server.close()
    }

    @Test func aWithdrawnInvocationRefusesALateAnswer() async throws {
        let server = try await RuntimeAPIServer.start()
        server.submit(sampleEvent("req-11")) { _ in Issue.record("a withdrawn invocation completed") }
        _ = try await send(server, "GET", "/runtime/invocation/next")
        server.withdraw(requestID: "req-11")
        let late = try await send(server, "POST", "/runtime/invocation/req-11/response", body: Data("{}".utf8))
        #expect(late.status == 403)
        await server.close()
    }

    @Test func theServerListensOnLoopbackOnly() async throws {
        let server = try await RuntimeAPIServer.start()
        #expect(server.address == "127.0.0.1:\(server.port)")
        #expect(server.port > 0)
        await server.close()
    }
}
