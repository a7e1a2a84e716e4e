import Foundation
import FunctionHost
import LexFacts

/// The host's per-call overhead on a warm Python hook (`meety-bench --hooks`): a handler that does
/// almost nothing and reports its own time is called through awslambdaric and meety-bot's Runtime
/// API server, and the call time minus the handler's time is the overhead (`InvocationOverhead`).
///
/// The handler is written to a scratch folder, so the benchmark needs nothing from the repository;
/// the event is a Lex V2 dialog event of the usual size, so encoding and parsing cost what a real
/// turn costs.
public struct HookOverheadBenchmark: Sendable {
    /// The target: per-call overhead p50 (issue 15).
    public static let targetMicroseconds = 150.0

    /// The handler: its body's time is `selfNanoseconds`. (One line per Python line, so no Swift
    /// source line reads as an import to the layering check.)
    static let handler =
        "import time\n\n\n"
        + "def lambda_handler(event, context):\n"
        + "    started = time.perf_counter_ns()\n"
        + "    state = {\"dialogAction\": {\"type\": \"Delegate\"}, \"intent\": event[\"sessionState\"][\"intent\"]}\n"
        + "    result = {\"sessionState\": state}\n"
        + "    result[\"selfNanoseconds\"] = time.perf_counter_ns() - started\n"
        + "    return result\n"

    /// How many warm calls are measured.
    public var iterations: Int
    /// The environment workers get PATH and HOME from.
    public var environment: [String: String]

    /// Creates the benchmark.
    public init(iterations: Int, environment: [String: String]) {
        self.iterations = max(1, iterations)
        self.environment = environment
    }

    /// Why the hook cannot be measured on this machine, or `nil` when it can.
    public func missingPrerequisite() -> String? {
        PythonModules.missing(["awslambdaric"], environment: environment)
    }

    /// Whether libfaketime is installed, so a hook can follow the script's clock.
    public static var canFakeClock: Bool {
        HookClockStatus.resolve(.automatic, kind: .exec(command: ["true"])).followsScript
    }

    /// The pause before each call `betweenTurns`: long enough for the runtime to post its answer and
    /// park in `/next` again, as it does while the simulator works between two turns.
    static let turnPause = Duration.milliseconds(2)

    /// Measures `iterations` warm calls, with the hook's clock faked by libfaketime (as `meety-bot
    /// test` runs hooks where it is installed) or real; `betweenTurns`, each call finds the runtime
    /// waiting in `/next` (the latency a turn sees), otherwise calls follow each other at once and
    /// each includes the runtime's way back to `/next` (the worker's throughput).
    public func measure(fakingClock: Bool, betweenTurns: Bool) async throws -> HookOverheadFigures {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-hook-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bench_hook.py")
        try Data(Self.handler.utf8).write(to: file)
        let configuration = FunctionConfiguration(
            kind: .python(file: file.path, function: "lambda_handler"), timeout: .seconds(30),
            passesCredentials: false, clock: fakingClock ? .automatic : .real, hostEnvironment: environment)
        let pool = try FunctionPool(
            configuration: configuration, maximumWorkers: 1, currentDirectory: folder.path, forwardsSignals: false)
        let status = pool.clockStatus
        let overhead: InvocationOverhead
        do {
            overhead = try await InvocationOverhead.measure(
                pool: pool, event: try Self.event(), now: LocalDateTime(iso: "2026-11-20T09:00")!,
                iterations: iterations, warmUp: 20, pause: betweenTurns ? Self.turnPause : .zero)
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
        return HookOverheadFigures(
            clock: status.followsScript ? "libfaketime" : "real clock",
            mode: betweenTurns ? "between turns" : "back to back", calls: iterations,
            p50Us: Double(overhead.p50) / 1_000, p90Us: Double(overhead.p90) / 1_000,
            p99Us: Double(overhead.percentile(99)) / 1_000)
    }

    /// The same handler and event served by the smallest Runtime API server there is, on the real
    /// clock: what awslambdaric, Python and the loopback take without meety-bot's host.
    public func floor() throws -> RuntimeFloor.Figures {
        try RuntimeFloor(calls: iterations).run(event: try Self.event())
    }

    /// A dialog event for BookMeeting with five slots, two filled: about 2 KB, like a real turn's.
    static func event() throws -> Data {
        func slot(_ value: String) -> [String: Any] {
            [
                "shape": "Scalar",
                "value": ["originalValue": value, "interpretedValue": value, "resolvedValues": [value]],
            ]
        }
        let slots: [String: Any] = [
            "FullName": slot("Alice"), "MeetingDate": slot("2026-11-23"), "MeetingTime": NSNull(),
            "MeetingDuration": NSNull(), "AttendeeEmail": NSNull(),
        ]
        let intent: [String: Any] = [
            "name": "BookMeeting", "state": "InProgress", "confirmationState": "None", "slots": slots,
        ]
        let event: [String: Any] = [
            "messageVersion": "1.0", "invocationSource": "DialogCodeHook", "inputMode": "Text",
            "responseContentType": "text/plain; charset=utf-8", "sessionId": "bench-session-1",
            "inputTranscript": "next monday",
            "bot": [
                "id": "MEETYBOTID", "name": "MeetyBot", "localeId": "en_US", "version": "DRAFT",
                "aliasId": "TSTALIASID", "aliasName": "TestBotAlias",
            ],
            "interpretations": [
                ["intent": intent, "nluConfidence": 0.93, "interpretationSource": "Lex"],
                [
                    "intent": [
                        "name": "FallbackIntent", "state": "InProgress", "confirmationState": "None", "slots": [:],
                    ],
                    "interpretationSource": "Lex",
                ],
            ],
            "proposedNextState": [
                "dialogAction": ["type": "ElicitSlot", "slotToElicit": "MeetingTime"], "intent": intent,
                "prompt": ["attempt": "Initial"],
            ],
            "sessionState": [
                "sessionAttributes": ["bookingsToday": "1"], "activeContexts": [], "intent": intent,
                "originatingRequestId": "00000000-0000-4000-8000-000000000001",
            ],
        ]
        return try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])
    }
}

/// One overhead measurement, in microseconds.
public struct HookOverheadFigures: Sendable, Codable, Equatable {
    /// `real clock` or `libfaketime`.
    public var clock: String
    /// `between turns` (the runtime waits in `/next` when the call starts) or `back to back`.
    public var mode: String
    /// The measured calls.
    public var calls: Int
    /// The median per-call overhead.
    public var p50Us: Double
    /// The 90th percentile.
    public var p90Us: Double
    /// The 99th percentile.
    public var p99Us: Double

    /// The report's line.
    public var line: String {
        "python hook per-call overhead (\(clock), \(mode), \(calls) warm calls): "
            + String(format: "p50 %.0f µs, p90 %.0f µs, p99 %.0f µs", p50Us, p90Us, p99Us)
    }

    /// The target on the median.
    public var target: BenchmarkTarget {
        BenchmarkTarget(
            name: "python hook per-call overhead p50 (\(clock), \(mode))", measured: p50Us,
            limit: HookOverheadBenchmark.targetMicroseconds, unit: "µs", atMost: true)
    }
}
