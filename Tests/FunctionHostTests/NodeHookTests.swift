import CodeHooks
import Foundation
import Testing

@testable import FunctionHost

@Suite("Node.js hooks through the project's runtime client", .enabled(if: Tools.node, "node is not installed"))
struct NodeHookTests {
    @Test func aCommonJSAsyncHandlerGetsTheContext() async throws {
        let configuration = testConfiguration(.node(file: Fixtures.path("node/hook.cjs")), timeout: .seconds(30))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let first = await lease.invoke(event(["env": ["_HANDLER", "LAMBDA_TASK_ROOT", "TZ"]]), now: scriptNow)
            let body = object(first.response)
            #expect(first.fault == nil, "\(first.fault?.message ?? "")\n\(first.log)")
            #expect(first.initDuration != nil)
            #expect(body["requestId"] as? String == first.requestID)
            #expect(body["arn"] as? String == configuration.invokedFunctionARN)
            #expect(body["functionName"] as? String == "meety-test-hook")
            #expect(body["functionVersion"] as? String == "$LATEST")
            #expect(body["memory"] as? String == "256")
            #expect(body["logGroup"] as? String == "/aws/lambda/meety-test-hook")
            #expect((body["logStream"] as? String)?.hasPrefix("meety/[$LATEST]worker-") == true)
            let remaining = body["remaining"] as? Int ?? -1
            #expect(remaining > 0 && remaining <= 30_000)
            let env = body["env"] as? [String: String] ?? [:]
            #expect(env["_HANDLER"] == "hook.handler")
            #expect(env["LAMBDA_TASK_ROOT"] == Fixtures.path("node"))
            #expect(first.log.contains("hook.cjs handling echo call 1"))
            let second = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(second.response)["invocations"] as? Int == 2)
            await lease.release()
        }
    }

    @Test func anESModuleWithANamedExport() async throws {
        let configuration = testConfiguration(.node(file: Fixtures.path("node/hook.mjs"), export: "bookMeeting"))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(result.response)["kind"] as? String == "esm", "\(result.log)")
            #expect(result.log.contains("hook.mjs on stderr"))
            await lease.release()
        }
    }

    @Test func aCallbackHandlerAnswersThroughItsCallback() async throws {
        let configuration = testConfiguration(.node(file: Fixtures.path("node/callback.js")))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event(["value": "Alice"]), now: scriptNow)
            let body = object(result.response)
            #expect(body["kind"] as? String == "callback" && body["echo"] as? String == "Alice", "\(result.log)")
            let failed = await lease.invoke(event(["action": "fail"]), now: scriptNow)
            #expect(failed.fault == .handlerError(report(failed, type: "Error", message: "callback failure")))
            await lease.release()
        }
    }

    @Test func thrownErrorsAndRejectionsAreHandlerErrors() async throws {
        try await withPool(testConfiguration(.node(file: Fixtures.path("node/hook.cjs")))) { pool in
            let lease = try await pool.lease()
            let thrown = await lease.invoke(event(["action": "fail"]), now: scriptNow)
            #expect(
                thrown.fault == .handlerError(report(thrown, type: "TypeError", message: "MeetingDate is not a date")))
            if case .handlerError(let error) = thrown.fault {
                #expect(error.stackTrace.contains { $0.contains("hook.cjs") })
            }
            let rejected = await lease.invoke(event(["action": "reject"]), now: scriptNow)
            #expect(rejected.fault?.message == "the handler raised RangeError: duration out of range")
            await lease.release()
        }
    }

    @Test func loadFailuresAreInitErrors() async throws {
        let cases: [(FunctionKind, String)] = [
            (.node(file: Fixtures.path("node/broken.cjs")), "Runtime.ImportModuleError"),
            (.node(file: Fixtures.path("node/noexport.cjs")), "Runtime.HandlerNotFound"),
        ]
        for (kind, expected) in cases {
            try await withPool(testConfiguration(kind)) { pool in
                let lease = try await pool.lease()
                let result = await lease.invoke(event([:]), now: scriptNow)
                guard case .initError(let error) = result.fault else {
                    Issue.record("expected an init error for \(kind), got \(String(describing: result.fault))")
                    return
                }
                #expect(error.errorType == expected)
                await lease.release()
            }
        }
    }

    /// The report the node client sends, with the stack trace of the actual result.
    private func report(_ invocation: FunctionInvocation, type: String, message: String) -> FunctionErrorReport {
        var trace: [String] = []
        if case .handlerError(let error) = invocation.fault { trace = error.stackTrace }
        return FunctionErrorReport(errorType: type, errorMessage: message, stackTrace: trace)
    }
}
