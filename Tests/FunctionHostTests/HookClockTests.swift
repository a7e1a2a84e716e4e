import CodeHooks
import Foundation
import LexFacts
import Testing

@testable import FunctionHost

@Suite("The script's clock reaches the hook")
struct HookClockTests {
    @Test func theSpecIsASignedOffsetInSecondsWithMicroseconds() {
        #expect(FakeTimeSpecFile.spec(offsetNanoseconds: 1_500_000_123) == "+1.500000\n")
        #expect(FakeTimeSpecFile.spec(offsetNanoseconds: -23_913_683_938_603_000) == "-23913683.938603\n")
        #expect(FakeTimeSpecFile.spec(offsetNanoseconds: 0) == "+0.000000\n")
    }

    @Test func scriptTimeIsLocalTimeInTheHooksZone() {
        let now = LocalDateTime(iso: "2026-03-04T09:30")!
        #expect(ScriptTime.unixSeconds(of: now, timeZone: "UTC") == 1_772_616_600)
        // Berlin is UTC+1 in March (before the switch to summer time on 29 March 2026).
        #expect(ScriptTime.unixSeconds(of: now, timeZone: "Europe/Berlin") == 1_772_616_600 - 3600)
        let summer = LocalDateTime(iso: "2026-07-01T12:00")!
        #expect(
            ScriptTime.unixSeconds(of: summer, timeZone: "Europe/Berlin")
                == ScriptTime.unixSeconds(of: summer, timeZone: "UTC") - 7200)
    }

    @Test func theStatusSaysWhyTheHookSeesRealTime() {
        let python = FunctionKind.python(file: "hook.py")
        #expect(
            HookClockStatus.resolve(.automatic, kind: python, fileExists: { _ in false }).note
                == "the hook sees real time: libfaketime is not installed (apt-get install faketime)")
        #expect(
            HookClockStatus.resolve(.real, kind: python).note == "the hook sees real time: clock faking is turned off")
        #expect(
            HookClockStatus.resolve(.automatic, kind: .invokeAPI(url: "http://127.0.0.1:9/x")).followsScript == false)
        let found = HookClockStatus.resolve(.automatic, kind: python) { $0 == HookClockStatus.searchPaths[2] }
        #expect(found == .scripted(library: HookClockStatus.searchPaths[2]))
        #expect(found.note == nil)
    }

    @Test(.enabled(if: Tools.python && Tools.faketime, "awslambdaric or libfaketime is missing"))
    func aPythonHookSeesEachInvocationsNowOnAWarmWorker() async throws {
        let configuration = testConfiguration(.python(file: Fixtures.path("python/hook.py")), timeout: .seconds(60))
        try await withPool(configuration) { pool in
            #expect(pool.clockStatus.followsScript)
            let lease = try await pool.lease()
            let first = object(await lease.invoke(event([:]), now: scriptNow).response)
            #expect((first["now"] as? String)?.hasPrefix("2026-03-04T09:30:0") == true, "\(first)")
            #expect((first["utcnow"] as? String)?.hasPrefix("2026-03-04T09:30:0") == true)
            let remaining = first["remaining"] as? Int ?? -1
            #expect(remaining > 50_000 && remaining <= 60_000, "remaining time follows the hook's clock: \(remaining)")
            let second = object(await lease.invoke(event([:]), now: laterNow).response)
            #expect((second["now"] as? String)?.hasPrefix("2027-01-02T08:00:0") == true, "\(second)")
            #expect(second["invocations"] as? Int == 2, "the same warm worker")
            let back = object(await lease.invoke(event([:]), now: scriptNow).response)
            #expect((back["now"] as? String)?.hasPrefix("2026-03-04T09:30:0") == true, "the clock may go back")
            await lease.release()
        }
    }

    @Test(.enabled(if: Tools.node && Tools.faketime, "node or libfaketime is missing"))
    func aNodeHookSeesEachInvocationsNowOnAWarmWorker() async throws {
        let configuration = testConfiguration(.node(file: Fixtures.path("node/hook.cjs")), timeout: .seconds(60))
        try await withPool(configuration) { pool in
            let lease = try await pool.lease()
            let first = object(await lease.invoke(event([:]), now: scriptNow).response)
            #expect((first["now"] as? String)?.hasPrefix("2026-03-04T09:30:0") == true, "\(first)")
            let remaining = first["remaining"] as? Int ?? -1
            #expect(remaining > 50_000 && remaining <= 60_000, "\(remaining)")
            let second = object(await lease.invoke(event([:]), now: laterNow).response)
            #expect((second["now"] as? String)?.hasPrefix("2027-01-02T08:00:0") == true, "\(second)")
            #expect(second["invocations"] as? Int == 2)
            await lease.release()
        }
    }

    @Test(.enabled(if: Tools.python, "awslambdaric is missing"))
    func withFakingOffTheHookSeesRealTime() async throws {
        let configuration = testConfiguration(.python(file: Fixtures.path("python/hook.py")), clock: .real)
        try await withPool(configuration) { pool in
            #expect(pool.clockStatus == .real(reason: "clock faking is turned off"))
            let lease = try await pool.lease()
            let body = object(await lease.invoke(event(["env": ["LD_PRELOAD"]]), now: scriptNow).response)
            #expect((body["now"] as? String)?.hasPrefix("2026-03-04T09:30") == false)
            #expect((body["env"] as? [String: Any])?["LD_PRELOAD"] is NSNull)
            await lease.release()
        }
    }
}
