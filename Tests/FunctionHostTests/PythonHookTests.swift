import CodeHooks
import Foundation
import MeetyTestSupport
import Testing

@testable import FunctionHost

@Suite("Python hooks through awslambdaric", .enabled(if: Tools.python, "awslambdaric is not installed"))
struct PythonHookTests {
    private var hook: FunctionKind { .python(file: Fixtures.path("python/hook.py")) }

    @Test func aWarmWorkerKeepsModuleStateAndGetsLambdasEnvironment() async throws {
        let configuration = testConfiguration(hook, extra: ["MEETINGS_TABLE": "Meetings-test"])
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let names = [
                "AWS_LAMBDA_RUNTIME_API", "_HANDLER", "LAMBDA_TASK_ROOT", "AWS_LAMBDA_FUNCTION_NAME",
                "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_REGION", "AWS_DEFAULT_REGION",
                "TZ", "MEETINGS_TABLE", "_X_AMZN_TRACE_ID",
            ]
            let first = await lease.invoke(event(["env": names]), now: scriptNow)
            let body = object(first.response)
            #expect(first.fault == nil, "\(first.fault?.message ?? "")\n\(first.log)")
            #expect(first.initDuration != nil)
            #expect(body["invocations"] as? Int == 1)
            #expect(body["functionName"] as? String == "meety-test-hook")
            #expect(body["functionVersion"] as? String == "$LATEST")
            #expect(body["memory"] as? String == "256")
            #expect(body["arn"] as? String == "arn:aws:lambda:eu-west-1:123456789012:function:meety-test-hook")
            #expect(body["requestId"] as? String == first.requestID)
            #expect(body["cwd"] as? String == Fixtures.path("python"))
            let env = body["env"] as? [String: String] ?? [:]
            #expect(env["_HANDLER"] == "hook.lambda_handler")
            #expect(env["LAMBDA_TASK_ROOT"] == Fixtures.path("python"))
            #expect(env["AWS_LAMBDA_RUNTIME_API"]?.hasPrefix("127.0.0.1:") == true)
            #expect(env["AWS_REGION"] == "eu-west-1" && env["AWS_DEFAULT_REGION"] == "eu-west-1")
            #expect(env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "256")
            #expect(env["TZ"] == "UTC")
            #expect(env["MEETINGS_TABLE"] == "Meetings-test")
            #expect(env["_X_AMZN_TRACE_ID"]?.hasPrefix("Root=1-") == true)
            #expect(first.log.contains("hook.py handling echo call 1"))

            let second = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(second.response)["invocations"] as? Int == 2)
            #expect(second.initDuration == nil)
            #expect(second.log.contains("call 2") && !second.log.contains("call 1"), "logs are per invocation")
            await lease.release()

            let nextScript = try await pool.lease()
            let third = await nextScript.invoke(event([:]), now: scriptNow)
            #expect(object(third.response)["invocations"] as? Int == 3, "the worker stays warm across scripts")
            await nextScript.release()
        }
    }

    @Test func aFreshWorkerPerScriptStartsCold() async throws {
        try await withPool(testConfiguration(hook, fresh: true)) { pool in
            for _ in 0..<2 {
                let lease = try await pool.lease()
                let result = await lease.invoke(event([:]), now: scriptNow)
                #expect(object(result.response)["invocations"] as? Int == 1)
                #expect(result.initDuration != nil)
                await lease.release()
            }
        }
    }

    @Test func aHandlerErrorIsAFailedTurnWithTheTraceAndTheLog() async throws {
        try await withPool(testConfiguration(hook)) { pool in
            let lease = try await pool.lease()
            let failed = await lease.invoke(event(["action": "fail"]), now: scriptNow)
            guard case .handlerError(let report) = failed.fault else {
                Issue.record("expected a handler error, got \(String(describing: failed.fault))")
                return
            }
            #expect(report.errorType == "ValueError")
            #expect(report.errorMessage == "MeetingTime 25:00 is not a time")
            #expect(report.stackTrace.contains { $0.contains("hook.py") })
            #expect(failed.fault?.message == "the handler raised ValueError: MeetingTime 25:00 is not a time")
            #expect(failed.log.contains("hook.py handling fail"))
            let after = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(after.response)["invocations"] as? Int == 2, "a handler error keeps the worker")
            await lease.release()
        }
    }

    @Test func aCrashIsReportedWithStderrAndTheWorkerRestarts() async throws {
        try await withPool(testConfiguration(hook)) { pool in
            let lease = try await pool.lease()
            _ = await lease.invoke(event([:]), now: scriptNow)
            let crashed = await lease.invoke(event(["action": "crash"]), now: scriptNow)
            #expect(crashed.fault == .processExited(.exited(3), lastStderrLines: ["about to crash"]))
            #expect(crashed.fault?.message == "the hook's runtime exited with exit status 3: about to crash")
            #expect(crashed.log.contains("about to crash"))
            let restarted = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(restarted.response)["invocations"] as? Int == 1)
            #expect(restarted.initDuration != nil)
            await lease.release()
        }
    }

    @Test func aTimeoutKillsTheWorkerAndTheNextCallRestartsIt() async throws {
        try await withPool(testConfiguration(hook, timeout: .seconds(1 * BuildSanitizer.slowdown))) { pool in
            let lease = try await pool.lease()
            _ = await lease.invoke(event([:]), now: scriptNow)
            let pids = await pool.runningProcessIDs()
            let timedOut = await lease.invoke(event(["action": "sleep", "seconds": 30]), now: scriptNow)
            #expect(timedOut.fault == .timeout(seconds: Double(BuildSanitizer.slowdown)))
            #expect(timedOut.fault?.message == "the hook timed out after \(BuildSanitizer.slowdown) s")
            #expect(timedOut.log.contains("hook.py handling sleep"))
            #expect(pids.count == 1 && !processIsRunning(pids[0]), "the timed-out worker was killed")
            let restarted = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(restarted.response)["invocations"] as? Int == 1)
            await lease.release()
        }
    }

    @Test func aResponseOverTheLimitIsRefused() async throws {
        try await withPool(testConfiguration(hook)) { pool in
            let lease = try await pool.lease()
            _ = await lease.invoke(event([:]), now: scriptNow)
            let pids = await pool.runningProcessIDs()
            let big = await lease.invoke(event(["action": "big"]), now: scriptNow)
            guard case .responseTooLarge(let bytes, let limit) = big.fault else {
                Issue.record("expected responseTooLarge, got \(String(describing: big.fault))")
                return
            }
            #expect(bytes > 7 * 1024 * 1024 && limit == 6_291_556)
            #expect(big.fault?.endsWorker == true)
            #expect(pids.count == 1 && !processIsRunning(pids[0]), "the worker whose response was refused was ended")
            let next = await lease.invoke(event([:]), now: scriptNow)
            #expect(object(next.response)["invocations"] as? Int == 1, "the next call starts a new worker")
            await lease.release()
        }
    }

    @Test func anInitErrorIsReportedOncePerWorker() async throws {
        let broken = testConfiguration(.python(file: Fixtures.path("python-broken/broken.py")))
        try await withPool(broken) { pool in
            let lease = try await pool.lease()
            let first = await lease.invoke(event([:]), now: scriptNow)
            guard case .initError(let report) = first.fault else {
                Issue.record("expected an init error, got \(String(describing: first.fault))")
                return
            }
            #expect(report.errorType == "Runtime.ImportModuleError")
            #expect(report.errorMessage.contains("a_module_that_does_not_exist"))
            #expect(first.log.contains("broken.py is being imported"))
            let second = await lease.invoke(event([:]), now: scriptNow)
            guard case .initFailedEarlier(let summary) = second.fault else {
                Issue.record("expected initFailedEarlier, got \(String(describing: second.fault))")
                return
            }
            #expect(summary.contains("Runtime.ImportModuleError"))
            #expect(second.log.isEmpty)
            #expect(await pool.runningProcessIDs().isEmpty)
            await lease.release()
            let nextScript = try await pool.lease()
            let again = await nextScript.invoke(event([:]), now: scriptNow)
            if case .initError = again.fault {} else { Issue.record("a new worker reports its own init error") }
            await nextScript.release()
        }
    }

    @Test func aMissingAwslambdaricSaysHowToInstallIt() async throws {
        let wrapper = Fixtures.path("bin/python3")
        try await withPool(testConfiguration(hook, python: wrapper)) { pool in
            let lease = try await pool.lease()
            let result = await lease.invoke(event([:]), now: scriptNow)
            #expect(
                result.fault?.message
                    == "python3 cannot import awslambdaric, the AWS Lambda Python runtime client: "
                    + "install it with 'pip install awslambdaric'")
            await lease.release()
        }
    }
}
