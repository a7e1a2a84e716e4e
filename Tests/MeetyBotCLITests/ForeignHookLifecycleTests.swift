import Foundation
import MeetyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// No process a run starts outlives it, even when `meety-bot test` is stopped with SIGTERM in the
/// middle of a slow hook call, and the Runtime API servers listen on loopback only. (Every `HookRun`
/// also checks that nothing survives a finished run, including a worker ended by a timeout.)
@Suite("Foreign hook processes")
struct ForeignHookLifecycleTests {
    @Test(
        "SIGTERM in the middle of a slow hook ends the run and every process it started; only loopback listens",
        .enabled(if: HookTools.python, "python3 cannot import awslambdaric (pip install awslambdaric)"),
        .timeLimit(.minutes(1)))
    func sigtermInTheMiddleOfARun() async throws {
        let workspace = try Workspace()
        let marker = UUID().uuidString
        let sleeping = workspace.url("sleeping").path
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = [
            "test", "conversations/faults/sleep.yaml", RoomBot.booking, "--code-hook", RoomBot.python, "--jobs", "2",
            "--timeout", "60", "--hook-env", "MEETY_E2E_MARK=\(marker)", "--hook-env",
            "ROOMBOT_SLEEPING_FILE=\(sleeping)",
        ]
        process.currentDirectoryURL = RoomBot.root
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        let slow = await MarkedProcesses.within(.seconds(20 * BuildSanitizer.slowdown)) {
            FileManager.default.fileExists(atPath: sleeping)
        }
        try #require(slow, "the slow hook call never began")
        let hookProcesses = MarkedProcesses.pids(markedWith: marker)
        // The worker in its slow call and the child it started, at least.
        #expect(hookProcesses.count >= 2, "\(hookProcesses)")
        let addresses = MarkedProcesses.listeningAddresses(of: [process.processIdentifier] + hookProcesses)
        #expect(!addresses.isEmpty, "the workers' Runtime API servers should be listening")
        #expect(addresses.allSatisfy(MarkedProcesses.isLoopback), "\(addresses)")

        kill(process.processIdentifier, SIGTERM)
        let ended = await MarkedProcesses.within(.seconds(10 * BuildSanitizer.slowdown)) { !process.isRunning }
        try #require(ended, "meety-bot did not end on SIGTERM")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        let survivors = await MarkedProcesses.survivors(of: marker)
        #expect(survivors.isEmpty, "processes of the run outlived it: \(survivors)")
    }

}
