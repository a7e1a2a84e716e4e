import CodeHooks
import Foundation
import LexFacts
import Synchronization
import Testing

@testable import FunctionHost

@Suite("FunctionCodeHook", .enabled(if: Tools.python, "awslambdaric is not installed"))
struct FunctionCodeHookTests {
    private func lexEvent() throws -> CodeHookEvent {
        try CodeHookJSON.decodeEvent(Data(contentsOf: URL(fileURLWithPath: Fixtures.path("lex-event.json"))))
    }

    @Test func aLexResponseIsDecodedAndEveryInvocationIsObserved() async throws {
        try await withPool(testConfiguration(.python(file: Fixtures.path("python/bench.py")))) { pool in
            let lease = try await pool.lease()
            let seen = Mutex<[FunctionInvocation]>([])
            let hook = FunctionCodeHook(lease: lease, clock: FixedClock(scriptNow)) { invocation in
                seen.withLock { $0.append(invocation) }
            }
            let response = try await hook.handle(try lexEvent())
            #expect(response.sessionState.dialogAction?.type == .delegate)
            #expect(seen.withLock { $0.count } == 1)
            await lease.release()
        }
    }

    @Test func aResponseThatIsNotALexResponseCarriesTheLog() async throws {
        try await withPool(testConfiguration(.python(file: Fixtures.path("python/hook.py")))) { pool in
            let lease = try await pool.lease()
            let hook = FunctionCodeHook(lease: lease, clock: FixedClock(scriptNow))
            let error = await #expect(throws: FunctionHookError.self) { try await hook.handle(try lexEvent()) }
            #expect(error?.message.hasPrefix("the hook's response is not a Lex V2 response: ") == true)
            #expect(error?.fault == nil)
            #expect(error?.log.contains("hook.py handling echo") == true)
            await lease.release()
        }
    }

    @Test func aFaultIsThrownWithItsMessageAndLog() async throws {
        try await withPool(testConfiguration(.python(file: Fixtures.path("python-broken/broken.py")))) { pool in
            let lease = try await pool.lease()
            let hook = FunctionCodeHook(lease: lease, clock: FixedClock(scriptNow))
            let error = await #expect(throws: FunctionHookError.self) { try await hook.handle(try lexEvent()) }
            if case .initError = error?.fault {
            } else {
                Issue.record("expected an init error: \(String(describing: error))")
            }
            #expect(error?.message.hasPrefix("the hook's init failed with Runtime.ImportModuleError") == true)
            #expect(error?.log.contains("broken.py is being imported") == true)
            await lease.release()
        }
    }

    @Test func theOverheadMeasurementReportsOneSamplePerCall() async throws {
        try await withPool(testConfiguration(.python(file: Fixtures.path("python/bench.py")))) { pool in
            let overhead = try await InvocationOverhead.measure(
                pool: pool, event: event(["inputTranscript": "hi"]), now: scriptNow, iterations: 50)
            #expect(overhead.samples.count == 50)
            #expect(overhead.p50 > 0 && overhead.p50 <= overhead.p90)
            if Tools.environment["MEETY_PRINT_OVERHEAD"] == "1" {
                print("warm python overhead, clock faked: p50 \(overhead.p50 / 1000) us, p90 \(overhead.p90 / 1000) us")
            }
        }
        guard Tools.environment["MEETY_PRINT_OVERHEAD"] == "1" else { return }
        try await withPool(testConfiguration(.python(file: Fixtures.path("python/bench.py")), clock: .real)) { pool in
            let overhead = try await InvocationOverhead.measure(
                pool: pool, event: event(["inputTranscript": "hi"]), now: scriptNow, iterations: 500)
            print("warm python overhead, real clock: p50 \(overhead.p50 / 1000) us, p90 \(overhead.p90 / 1000) us")
        }
    }
}
