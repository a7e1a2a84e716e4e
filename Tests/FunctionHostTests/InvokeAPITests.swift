import CodeHooks
import Foundation
import MeetyTestSupport
import Testing

@testable import FunctionHost

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Invoke API functions")
struct InvokeAPITests {
    @Test func answersAreClassifiedAsLambdaAndTheEmulatorGiveThem() {
        func classify(_ status: Int, _ body: String, _ headers: [(name: String, value: String)] = [])
            -> Result<Data, FunctionFault>
        {
            InvokeAPIWorker.classify(HTTPAnswer(status: status, headers: headers, body: Data(body.utf8)))
        }
        let lex = #"{"sessionState":{"dialogAction":{"type":"Delegate"}}}"#
        #expect(classify(200, lex) == .success(Data(lex.utf8)))
        let error = #"{"errorMessage":"no room","errorType":"ValueError","requestId":"r","stackTrace":[]}"#
        #expect(
            classify(200, error)
                == .failure(.handlerError(FunctionErrorReport(errorType: "ValueError", errorMessage: "no room"))))
        #expect(
            classify(200, #"{"errorType":"Oops","extra":1}"#, [("X-Amz-Function-Error", "Unhandled")])
                == .failure(.handlerError(FunctionErrorReport(errorType: "Oops", errorMessage: ""))))
        #expect(classify(200, "Task timed out after 2.00 seconds") == .failure(.timeout(seconds: 2)))
        let exit =
            #"{"errorType":"Runtime.ExitError","errorMessage":"RequestId: r Error: Runtime exited with error: exit status 3"}"#
        #expect(
            classify(502, exit)
                == .failure(
                    .processExited(
                        .exited(3), lastStderrLines: ["RequestId: r Error: Runtime exited with error: exit status 3"])))
        let initError = #"{"errorType":"Runtime.ImportModuleError","errorMessage":"Unable to import module 'app'"}"#
        #expect(
            classify(502, initError)
                == .failure(
                    .initError(
                        FunctionErrorReport(
                            errorType: "Runtime.ImportModuleError", errorMessage: "Unable to import module 'app'"))))
        if case .failure(.startFailed) = classify(502, "") {} else { Issue.record("502 without a body") }
        #expect(classify(200, "<html>") == .failure(.responseNotJSON(preview: "<html>")))
        if case .failure(.responseTooLarge) = classify(
            200, #"{"errorType":"Function.ResponseSizeTooLarge","errorMessage":"x"}"#)
        {
        } else {
            Issue.record("a response over the limit")
        }
        if case .failure(.invokeAPIFailed(404, _)) = classify(404, "") {} else { Issue.record("404") }
    }

    @Test func httpsNeedsAPluggedTransport() async throws {
        let configuration = testConfiguration(
            .invokeAPI(url: "https://lambda.example/2015-03-31/functions/f/invocations"))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event([:]), now: scriptNow)
            guard case .transportFailed(let message) = result.fault else {
                Issue.record("expected transportFailed, got \(String(describing: result.fault))")
                return
            }
            #expect(message.hasPrefix("https needs a TLS transport"))
            await lease.release()
        }
    }

    @Test func aRefusedConnectionIsATransportFault() async throws {
        let port = try LoopbackPorts.free()
        let configuration = testConfiguration(
            .invokeAPI(url: "http://127.0.0.1:\(port)/2015-03-31/functions/function/invocations"))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event([:]), now: scriptNow)
            if case .transportFailed = result.fault {} else { Issue.record("got \(String(describing: result.fault))") }
            await lease.release()
        }
    }

    @Test(
        .enabled(if: Tools.emulator != nil || Tools.underCI, "the Runtime Interface Emulator (aws-sam-cli) is missing"))
    func theRuntimeInterfaceEmulatorRunsACustomRuntime() async throws {
        let emulator = try Emulator(timeoutSeconds: 6 * BuildSanitizer.slowdown)
        await emulator.waitUntilListening()
        defer { emulator.stop() }
        let configuration = testConfiguration(
            .invokeAPI(url: emulator.url), timeout: .seconds(6 * BuildSanitizer.slowdown))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let echo = await lease.invoke(event(["env": ["AWS_LAMBDA_FUNCTION_NAME"]]), now: scriptNow)
            #expect(echo.fault == nil, "\(echo.fault?.message ?? "")")
            let body = object(echo.response)
            #expect((body["env"] as? [String: String])?["AWS_LAMBDA_FUNCTION_NAME"] == "test_function")
            emulator.runtimePIDs.append(Int32(body["pid"] as? Int ?? 0))
            let failed = await lease.invoke(event(["action": "fail"]), now: scriptNow)
            #expect(
                failed.fault
                    == .handlerError(FunctionErrorReport(errorType: "ValueError", errorMessage: "no such room")))
            let slow = await lease.invoke(event(["action": "sleep", "seconds": 30]), now: scriptNow)
            #expect(slow.fault == .timeout(seconds: Double(6 * BuildSanitizer.slowdown)))
            let restarted = await lease.invoke(event([:]), now: scriptNow)
            emulator.runtimePIDs.append(Int32(object(restarted.response)["pid"] as? Int ?? 0))
            let exited = await lease.invoke(event(["action": "exit"]), now: scriptNow)
            guard case .processExited(.exited(3), _) = exited.fault else {
                Issue.record("expected an exit with status 3, got \(String(describing: exited.fault))")
                return
            }
            await lease.release()
        }
    }
}

/// The AWS Runtime Interface Emulator on loopback, running `Fixtures/exec/bootstrap.py`.
final class Emulator: @unchecked Sendable {
    let process = Process()
    let url: String
    private let invokePort: Int
    var runtimePIDs: [Int32] = []

    init(timeoutSeconds: Int) throws {
        let invokePort = try LoopbackPorts.free()
        let apiPort = try LoopbackPorts.free()
        process.executableURL = URL(fileURLWithPath: Tools.emulator ?? "/nonexistent/aws-lambda-rie")
        process.arguments = [
            "--runtime-interface-emulator-address", "127.0.0.1:\(invokePort)",
            "--runtime-api-address", "127.0.0.1:\(apiPort)", "python3", Fixtures.path("exec/bootstrap.py"),
        ]
        var environment = ["PATH": Tools.environment["PATH"] ?? "/usr/bin:/bin"]
        environment["HOME"] = Tools.environment["HOME"]
        environment["AWS_LAMBDA_FUNCTION_TIMEOUT"] = String(timeoutSeconds)
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        url = "http://127.0.0.1:\(invokePort)/2015-03-31/functions/function/invocations"
        self.invokePort = invokePort
    }

    /// Waits (suspended, not holding a thread of the shared pool) until the emulator accepts connections.
    func waitUntilListening() async {
        let deadline = ContinuousClock.now + scaled(10)
        while ContinuousClock.now < deadline, !LoopbackPorts.accepts(port: invokePort) {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        for pid in runtimePIDs where pid > 0 { kill(pid, SIGKILL) }
    }
}
