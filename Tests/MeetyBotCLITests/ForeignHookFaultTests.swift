import Foundation
import MeetyTestSupport
import Testing

/// How a foreign hook's faults reach the user of `meety-bot test`: each is a failed turn with the host's
/// message and the hook's output under it, in the text, JSON and JUnit reports, while the other scripts
/// of the same run pass, and the run exits 1.
@Suite("Foreign hook faults through meety-bot test")
struct ForeignHookFaultTests {
    /// One fault: the `ping KIND` script of `conversations/faults/KIND.yaml` fails with `message`.
    struct Fault: Sendable, CustomTestStringConvertible {
        var kind: String
        var hook: String
        var options: [String] = []
        /// The message of the failed turn (a note of its mismatch, or the turn error itself).
        var message: String
        /// Whether the fault ends the worker, so the next script runs on a new one.
        var restarts: Bool
        var testDescription: String { "\(kind) (\(hook))" }
    }

    static let faults: [Fault] = [
        Fault(
            kind: "fail", hook: RoomBot.python,
            message:
                "the fulfillment code hook for intent 'Ping' failed: the handler raised ValueError: the room service is down",
            restarts: false),
        Fault(
            kind: "crash", hook: RoomBot.python,
            message:
                "the fulfillment code hook for intent 'Ping' failed: the hook's runtime exited with exit status 3: roombot.py is about to crash",
            restarts: true),
        Fault(
            kind: "sleep", hook: RoomBot.python, options: ["--timeout", "1"],
            message: "the fulfillment code hook for intent 'Ping' failed: the hook timed out after 1 s", restarts: true),
        Fault(
            kind: "notjson", hook: RoomBot.exec,
            message:
                "the fulfillment code hook for intent 'Ping' failed: the hook's response is not JSON: <html>a proxy error page</html>",
            restarts: false),
        Fault(
            kind: "big", hook: RoomBot.python,
            message: "over Lambda's limit of 6291556 bytes", restarts: true),
        Fault(
            kind: "invalid", hook: RoomBot.python,
            message:
                "turn 1: the fulfillment code hook for intent 'Ping' returned an invalid response: ElicitSlot needs sessionState.intent.name; ElicitSlot needs sessionState.dialogAction.slotToElicit",
            restarts: false),
    ]

    @Test(
        "a fault fails its turn with the host's message; the scripts before and after it pass",
        .enabled(if: HookTools.python, "python3 cannot import awslambdaric (pip install awslambdaric)"),
        arguments: faults)
    func fault(_ fault: Fault) async throws {
        let failing = "ping \(fault.kind)"
        let after = "a ping after ping \(fault.kind) is answered"
        let run = try await HookRun.run(
            ["conversations/booking/books-alpha.yaml", "conversations/faults/\(fault.kind).yaml"], hook: fault.hook,
            options: fault.options)
        #expect(run.result.status == 1, "\(run.output)")
        #expect(run.result.stdout.hasSuffix("2 passed, 1 failed\n"), "\(run.output)")
        #expect(run.statuses == [RoomBot.bookingNames[1]: "passed", failing: "failed", after: "passed"])
        let failures = run.failures(of: failing)
        #expect(failures.count == 1 && failures[0].contains(fault.message), "\(failures)")
        #expect(run.result.stdout.contains(fault.message), "\(run.output)")
        // The hook's own output of the failed turn is under it, in every report.
        let printed = "ping \(fault.kind) on stderr"
        #expect(run.hookLogs(of: failing).last?.contains(printed) == true, "\(run.hookLogs(of: failing))")
        // The text report shows the last 20 lines, and awslambdaric's traceback of a refused response is long.
        #expect(
            run.result.stdout.contains("         | \(printed)\n")
                || run.result.stdout.contains("hook output (last 20 of"),
            "\(run.output)")
        let systemOut = run.junit.components(separatedBy: "<system-out>").dropFirst().map {
            $0.components(separatedBy: "</system-out>")[0]
        }
        #expect(systemOut.contains { $0.contains(printed) }, "\(run.junit)")
        // A fault that ends the worker makes the next script start a new one; the others keep it warm.
        let first = Set(run.hookLogs(of: RoomBot.bookingNames[1]).flatMap(ForeignHookRuntimeTests.processIDs))
        let next = Set(run.hookLogs(of: after).flatMap(ForeignHookRuntimeTests.processIDs))
        #expect(first.count == 1 && next.count == 1)
        #expect((first != next) == fault.restarts, "worker before: \(first), after: \(next)")
        #expect(run.hookLogs(of: after).joined().contains(" loaded in process ") == fault.restarts)
        #expect(run.result.stdout.contains(fault.restarts ? ": 2 worker starts" : ": 1 worker start,"))
    }

    @Test(
        "a handler error shows its type, message and stack trace under the turn, in every runtime",
        .enabled(if: HookTools.python && HookTools.node, "awslambdaric or node is missing"),
        arguments: [
            (RoomBot.python, "ValueError", "roombot.py\", line "),
            (RoomBot.node, "TypeError", "roombot.js:"),
            (RoomBot.exec, "ValueError", "roombot.py\", line "),
        ])
    func handlerErrorDetails(hook: String, type: String, frame: String) async throws {
        let run = try await HookRun.run(["conversations/faults/fail.yaml"], hook: hook)
        #expect(run.result.status == 1, "\(run.output)")
        #expect(
            run.failures(of: "ping fail").first?.contains("the handler raised \(type): the room service is down")
                == true, "\(run.output)")
        let log = try #require(run.hookLogs(of: "ping fail").last)
        #expect(log.contains("errorType: \(type)\n"), "\(log)")
        #expect(log.contains("errorMessage: the room service is down\n"), "\(log)")
        #expect(log.contains("stackTrace:\n"), "\(log)")
        #expect(log.contains(frame), "\(log)")
        #expect(run.result.stdout.contains("         | errorType: \(type)\n"), "\(run.output)")
    }

    @Test(
        "an init error is reported once, on the turn that started the worker; the next script starts a new one",
        .enabled(if: HookTools.python, "python3 cannot import awslambdaric (pip install awslambdaric)"))
    func initError() async throws {
        let scratch = try Workspace()
        let run = try await HookRun.run(
            [RoomBot.booking], hook: RoomBot.python,
            options: ["--hook-env", "ROOMBOT_INIT_FAILS_ONCE=\(scratch.url("init-failed").path)"])
        #expect(run.result.status == 1, "\(run.output)")
        #expect(run.result.stdout.hasSuffix("2 passed, 1 failed\n"), "\(run.output)")
        let message =
            "turn 1: the dialog code hook for intent 'BookRoom' failed: "
            + "the hook's init failed with RuntimeError: the room directory is unreachable"
        #expect(run.failures(of: RoomBot.bookingNames[0]) == [message])
        let reported = run.scripts.flatMap { ($0["failures"] as? [[String: Any]]) ?? [] }
        #expect(reported.count == 1)
        #expect(run.hookLogs(of: RoomBot.bookingNames[0]).first?.contains("RuntimeError") == true)
        #expect(run.statuses[RoomBot.bookingNames[1]] == "passed" && run.statuses[RoomBot.bookingNames[2]] == "passed")
        #expect(run.result.stdout.contains(": 2 worker starts, init "), "\(run.output)")
    }
}
