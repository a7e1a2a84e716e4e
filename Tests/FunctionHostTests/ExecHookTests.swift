import CodeHooks
import Foundation
import Testing

@testable import FunctionHost

@Suite("exec: custom runtimes")
struct ExecHookTests {
    private var bootstrap: FunctionKind { .exec(command: ["python3", Fixtures.path("exec/bootstrap.py")]) }

    @Test func aCustomRuntimeGetsTheHeadersAndTheEnvironment() async throws {
        let configuration = testConfiguration(
            bootstrap, timeout: .seconds(30), extra: ["AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:8000"])
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let names = ["_HANDLER", "AWS_LAMBDA_FUNCTION_NAME", "AWS_ENDPOINT_URL_DYNAMODB", "LAMBDA_TASK_ROOT"]
            let result = await lease.invoke(event(["env": names]), now: scriptNow)
            #expect(result.fault == nil, "\(result.fault?.message ?? "")\n\(result.log)")
            let body = object(result.response)
            let headers = body["headers"] as? [String: String] ?? [:]
            #expect(headers["Lambda-Runtime-Aws-Request-Id"] == result.requestID)
            #expect(headers["Lambda-Runtime-Invoked-Function-Arn"] == configuration.invokedFunctionARN)
            #expect(headers["Lambda-Runtime-Trace-Id"]?.hasPrefix("Root=1-") == true)
            let deadline = Int64(headers["Lambda-Runtime-Deadline-Ms"] ?? "") ?? 0
            if Tools.hasFaketime {
                // In the hook's clock: the script's now plus the 30 s timeout.
                #expect(deadline == ScriptTime.unixSeconds(of: scriptNow, timeZone: "UTC") * 1000 + 30_000)
            }
            let env = body["env"] as? [String: String] ?? [:]
            #expect(env["_HANDLER"] == "python3")
            #expect(env["AWS_LAMBDA_FUNCTION_NAME"] == "meety-test-hook")
            #expect(env["AWS_ENDPOINT_URL_DYNAMODB"] == "http://127.0.0.1:8000")
            #expect(result.log.contains("bootstrap.py started") && result.log.contains("bootstrap.py handling echo"))
            await lease.release()
        }
    }

    @Test func aResponseThatIsNotJSONIsAFault() async throws {
        try await withPool(testConfiguration(bootstrap)) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event(["action": "notjson"]), now: scriptNow)
            #expect(result.fault == .responseNotJSON(preview: "<html>not json</html>"))
            #expect(result.fault?.message == "the hook's response is not JSON: <html>not json</html>")
            await lease.release()
        }
    }

    @Test func anExitDuringAnInvocationIsAFault() async throws {
        try await withPool(testConfiguration(bootstrap)) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event(["action": "exit"]), now: scriptNow)
            #expect(result.fault == .processExited(.exited(3), lastStderrLines: ["bootstrap.py exiting with 3"]))
            await lease.release()
        }
    }

    @Test func aMissingExecutableIsReportedOnceForTheLease() async throws {
        try await withPool(testConfiguration(.exec(command: ["/nonexistent/bootstrap"]))) { pool in
            let lease = try await pool.lease()
            let first = await lease.invoke(event([:]), now: scriptNow)
            #expect(first.fault == .startFailed("cannot run /nonexistent/bootstrap: no such executable"))
            let second = await lease.invoke(event([:]), now: scriptNow)
            #expect(
                second.fault == .initFailedEarlier(summary: "cannot run /nonexistent/bootstrap: no such executable"))
            await lease.release()
        }
    }

    @Test func noProcessSurvivesShutdownNotEvenAGrandchild() async throws {
        let configuration = testConfiguration(bootstrap)
        let pool = try FunctionPool(
            configuration: configuration, maximumWorkers: 2,
            currentDirectory: FileManager.default.currentDirectoryPath, forwardsSignals: false)
        let first = try await pool.lease()
        let second = try await pool.lease()
        let spawned = await first.invoke(event(["action": "spawn"]), now: scriptNow)
        _ = await second.invoke(event([:]), now: scriptNow)
        let body = object(spawned.response)
        let grandchild = Int32(body["child"] as? Int ?? 0)
        let runtimes = await pool.runningProcessIDs()
        #expect(runtimes.count == 2)
        #expect(grandchild > 0 && processIsRunning(grandchild))
        for pid in runtimes { #expect(processIsRunning(pid)) }
        let scratch = pool.scratchDirectory
        await pool.shutdown()
        for pid in runtimes + [grandchild] {
            #expect(await eventually { !processIsRunning(pid) }, "process \(pid) survived the shutdown")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch))
        let afterwards = await first.invoke(event([:]), now: scriptNow)
        #expect(afterwards.fault != nil)
        #expect(ChildProcessRegistry.shared.liveGroups.isDisjoint(with: Set(runtimes)))
    }

    @Test func leasesBeyondTheWorkerCountWaitForARelease() async throws {
        try await withPool(testConfiguration(bootstrap), workers: 1) { pool in
            let first = try await pool.lease()
            let waiting = Task { try await pool.lease() }
            try await Task.sleep(for: .milliseconds(100))
            await first.release()
            let second = try await waiting.value
            let result = await second.invoke(event([:]), now: scriptNow)
            #expect(result.fault == nil)
            await second.release()
        }
    }
}
