import CodeHooks
import Foundation
import Testing

@testable import LambdaHost

/// The Runtime API loop against a local server that implements the documented endpoints.
@Suite struct LambdaRuntimeTests {
    /// Runs `body` with a fake Runtime API and a runtime connected to it, and stops both.
    func withRuntime(
        events: [FakeRuntimeAPI.Event], responseStatus: Int = 202,
        _ body: (FakeRuntimeAPI, LambdaRuntime, CapturedLog) async throws -> Void
    ) async throws {
        let server = try await FakeRuntimeAPI(events: events, responseStatus: responseStatus)
        let api = RuntimeAPIClient(baseURL: server.baseURL)
        let log = CapturedLog()
        do {
            try await body(server, LambdaRuntime(api: api, log: log), log)
        } catch {
            await api.shutdown()
            try await server.stop()
            throw error
        }
        await api.shutdown()
        try await server.stop()
    }

    func decodeLine(_ line: String) throws -> InvocationLogLine {
        try JSONDecoder().decode(InvocationLogLine.self, from: Data(line.utf8))
    }

    @Test func aSuccessfulInvocationPostsTheHooksResponseAndLogsOneLine() async throws {
        let event = try SampleEvents.fulfillment
        let trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"
        try await withRuntime(events: [.init(requestID: "req-1", payload: event, traceID: trace)]) {
            server, runtime, log in
            #expect(await runtime.start(maximumInvocations: 1) { ClosingHook() } == 0)
            let expected = try await CodeHookJSON.invoke(ClosingHook(), eventJSON: event)
            #expect(
                server.posts == [
                    .init(path: "/runtime/invocation/req-1/response", errorTypeHeader: nil, body: expected)
                ])
            #expect(ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"] == trace)
            #expect(log.all.count == 1)
            let line = try decodeLine(log.all[0])
            #expect(line.requestId == "req-1")
            #expect(line.sessionId == "conversation-book-happy-path")
            #expect(line.intent == "BookMeeting")
            #expect(line.invocationSource == "FulfillmentCodeHook")
            #expect(line.dialogAction == "Close")
            #expect(line.outcome == "success")
            #expect(line.durationMs >= 0 && line.errorType == nil)
            #expect(!log.all[0].contains("\n"))
        }
    }

    @Test func aHookErrorIsPostedToTheErrorEndpoint() async throws {
        try await withRuntime(events: [.init(requestID: "req-2", payload: try SampleEvents.fulfillment)]) {
            server, runtime, log in
            #expect(await runtime.start(maximumInvocations: 1) { FailingHook() } == 0)
            let post = try #require(server.posts.first)
            #expect(server.posts.count == 1)
            #expect(post.path == "/runtime/invocation/req-2/error")
            #expect(post.errorTypeHeader == "Function.Unhandled")
            #expect(post.json == ["errorType": "StoreDown", "errorMessage": "the calendar backend is down"])
            let line = try decodeLine(log.all[0])
            #expect(line.outcome == "hook_error" && line.errorType == "StoreDown")
            #expect(line.intent == "BookMeeting" && line.dialogAction == nil)
        }
    }

    @Test(arguments: ["this is not JSON", #"{"sessionId":"s-1","invocationSource":"DialogCodeHook"}"#])
    func aMalformedEventIsAnInvalidEventError(payload: String) async throws {
        try await withRuntime(events: [.init(requestID: "req-3", payload: Data(payload.utf8))]) {
            server, runtime, log in
            #expect(await runtime.start(maximumInvocations: 1) { ClosingHook() } == 0)
            let post = try #require(server.posts.first)
            #expect(post.path == "/runtime/invocation/req-3/error")
            #expect(post.errorTypeHeader == "Runtime.InvalidEvent")
            #expect(post.json["errorType"] == "CodeHookJSONError")
            #expect(post.json["errorMessage"]?.isEmpty == false)
            let line = try decodeLine(log.all[0])
            #expect(line.outcome == "invalid_event")
            #expect(line.sessionId == (payload.hasPrefix("{") ? "s-1" : nil))
        }
    }

    @Test func anInitFailureIsPostedToInitErrorAndNoEventIsFetched() async throws {
        struct MissingSetting: Error, CustomStringConvertible {
            var description: String { "no AWS region: set AWS_REGION" }
        }
        try await withRuntime(events: [.init(requestID: "req-4", payload: try SampleEvents.fulfillment)]) {
            server, runtime, log in
            let status = await runtime.start(maximumInvocations: 1) { () throws -> any CodeHook in
                throw MissingSetting()
            }
            #expect(status == 1)
            #expect(server.nextCalls == 0)
            let post = try #require(server.posts.first)
            #expect(post.path == "/runtime/init/error")
            #expect(post.errorTypeHeader == "Runtime.InitError")
            #expect(post.json == ["errorType": "MissingSetting", "errorMessage": "no AWS region: set AWS_REGION"])
            let line = try decodeLine(log.all[0])
            #expect(line.outcome == "init_error")
        }
    }

    @Test func eventsAreServedInOrderUntilTheRuntimeAPIFails() async throws {
        let event = try SampleEvents.fulfillment
        let events = (1...3).map { FakeRuntimeAPI.Event(requestID: "req-\($0)", payload: event) }
        try await withRuntime(events: events) { server, runtime, log in
            // The fake answers a fourth `next` with HTTP 500: the runtime must stop with status 1.
            #expect(await runtime.start { ClosingHook() } == 1)
            #expect(server.posts.map(\.path) == (1...3).map { "/runtime/invocation/req-\($0)/response" })
            #expect(server.nextCalls == 4)
            #expect(log.all.count == 4)
            let last = try decodeLine(log.all[3])
            #expect(last.outcome == "runtime_api_error")
        }
    }

    @Test func aResponseTheRuntimeAPIRefusesAsTooLargeIsReportedAsAnError() async throws {
        let events = [FakeRuntimeAPI.Event(requestID: "req-5", payload: try SampleEvents.fulfillment)]
        try await withRuntime(events: events, responseStatus: 413) { server, runtime, log in
            #expect(await runtime.start(maximumInvocations: 1) { ClosingHook() } == 0)
            #expect(
                server.posts.map(\.path) == ["/runtime/invocation/req-5/response", "/runtime/invocation/req-5/error"])
            #expect(server.posts[1].errorTypeHeader == "Runtime.ResponseTooLarge")
            let line = try decodeLine(log.all[0])
            #expect(line.outcome == "response_too_large")
        }
    }

    @Test func servingWithoutARuntimeAPIExitsWithStatusOne() async {
        #expect(await LambdaRuntime.serve(environment: [:], log: CapturedLog()) { ClosingHook() } == 1)
    }

    @Test func requestIDsAreEscapedInURLs() {
        #expect(
            RuntimeAPIClient.pathSegment("8476a536-e9f4-11e8-9739-2dfe598c3fcd")
                == "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
        #expect(RuntimeAPIClient.pathSegment("a/b c") == "a%2Fb%20c")
    }
}
