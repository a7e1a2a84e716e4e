import Foundation
import MeetyTestSupport
import Testing

/// RoomBot's code hook in Python, Node.js and a custom runtime, run through the built `meety-bot test`:
/// each passes the same scripts, and the Runtime Interface Emulator serving the Python hook gives the
/// same transcript as meety-bot's own Runtime API server.
@Suite("Foreign hooks through meety-bot test")
struct ForeignHookRuntimeTests {
    @Test(
        "the Python hook passes the booking scripts",
        .enabled(if: HookTools.python, "python3 cannot import awslambdaric (pip install awslambdaric)"))
    func python() async throws {
        try await expectBookingPasses(RoomBot.python)
    }

    @Test(
        "the Node.js hook passes the same scripts",
        .enabled(if: HookTools.node, "node is not installed"))
    func node() async throws {
        try await expectBookingPasses(RoomBot.node)
    }

    @Test("a custom runtime (exec:) passes the same scripts")
    func exec() async throws {
        try await expectBookingPasses(RoomBot.exec)
    }

    /// Runs the booking scripts with `hook` and expects every one to pass on one warm worker.
    private func expectBookingPasses(_ hook: String) async throws {
        let run = try await HookRun.run([RoomBot.booking], hook: hook)
        #expect(run.result.status == 0, "\(run.output)")
        #expect(run.result.stdout.hasSuffix("3 passed, 0 failed\n"), "\(run.output)")
        #expect(run.statuses == Dictionary(uniqueKeysWithValues: RoomBot.bookingNames.map { ($0, "passed") }))
        #expect(run.result.stdout.contains("code hook \(hook): 1 worker start, init "), "\(run.output)")
        // One worker serves the whole suite: the module is loaded once, on the first turn only.
        let logs = RoomBot.bookingNames.flatMap { run.hookLogs(of: $0) }
        #expect(logs.first?.contains(" loaded in process ") == true, "\(logs)")
        #expect(logs.dropFirst().allSatisfy { !$0.contains(" loaded in process ") }, "\(logs)")
        let processes = Set(logs.flatMap(Self.processIDs))
        #expect(processes.count == 1, "\(logs)")
    }

    /// The process ids the hook names in its output (`… in process 1234`).
    static func processIDs(_ log: String) -> [String] {
        log.split(separator: "\n").compactMap { line in
            line.range(of: " in process ").map { String(line[$0.upperBound...]) }
        }
    }

    @Test(
        "the hook's clock reads the script's now in every runtime",
        .enabled(if: HookTools.faketime && HookTools.node, "libfaketime, awslambdaric or node is missing"))
    func clock() async throws {
        for hook in [RoomBot.python, RoomBot.node, RoomBot.exec] {
            let run = try await HookRun.run(["conversations/clock"], hook: hook)
            #expect(run.result.status == 0, "\(hook)\n\(run.output)")
            #expect(
                run.result.stdout.hasSuffix("\nPASS  the hook's clock reads the script's now\n1 passed, 0 failed\n"),
                "\(run.output)")
        }
    }

    @Test(
        "the bot file's own codeHook: runs when --code-hook does not override it",
        .enabled(if: HookTools.python, "python3 cannot import awslambdaric (pip install awslambdaric)"))
    func botFileHook() async throws {
        let result = try await CLI.run(["test", RoomBot.booking, "--jobs", "2"], in: RoomBot.root)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("code hook python:../hooks/roombot.py: "), "\(result.stdout)")
    }

    @Test(
        "the Runtime Interface Emulator running the Python hook gives the same transcript as meety-bot's own server",
        .enabled(
            if: HookTools.rie, "the Runtime Interface Emulator (scripts/fetch-lambda-rie.sh) or awslambdaric is missing"
        ))
    func emulatorGivesTheSameTranscript() async throws {
        let emulator = try RoomBotEmulator(timeoutSeconds: 10 * BuildSanitizer.slowdown)
        await emulator.waitUntilListening()
        let throughEmulator: HookRun
        do {
            throughEmulator = try await HookRun.run([RoomBot.booking], hook: emulator.url)
            await emulator.stop()
        } catch {
            await emulator.stop()
            throw error
        }
        let own = try await HookRun.run([RoomBot.booking], hook: RoomBot.python)
        #expect(throughEmulator.result.status == 0, "\(throughEmulator.output)")
        #expect(own.result.status == 0, "\(own.output)")
        #expect(throughEmulator.result.stdout.contains("the hook sees real time: an Invoke API function"))
        // The emulator sends no log, so only the hook's output differs; the JSON report has no timings.
        #expect(throughEmulator.turns.count == 8)
        #expect(throughEmulator.turns == own.turns)
        #expect(throughEmulator.statuses == own.statuses)
        #expect(throughEmulator.hookLogs(of: RoomBot.bookingNames[0]).allSatisfy { $0.isEmpty })
        #expect(own.hookLogs(of: RoomBot.bookingNames[0]).allSatisfy { !$0.isEmpty })
    }
}
