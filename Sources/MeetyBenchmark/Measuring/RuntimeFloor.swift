import Foundation

/// awslambdaric's floor on this machine (`meety-bench --hooks`): the same handler and event as
/// `HookOverheadBenchmark`, served by the smallest Runtime API server there is
/// (`RuntimeFloorScript`), so the figures show how much of the per-call overhead is the runtime
/// client, Python and the loopback round trip, which no host can remove, and how much is
/// meety-bot's host.
public struct RuntimeFloor: Sendable {
    /// How many warm calls are timed.
    let calls: Int

    /// The floor's medians, in microseconds.
    public struct Figures: Sendable, Equatable {
        /// How many warm calls were timed.
        public var calls: Int
        /// From writing the event to reading the answer, with the runtime parked in `/next`.
        public var idleP50Us: Double
        /// From writing the event to the runtime's next `/next`.
        public var cycleP50Us: Double

        /// The report's line, comparable with the overhead lines (`between turns`, `back to back`).
        public var line: String {
            "awslambdaric floor (a minimal Runtime API server in Python, real clock, \(calls) warm calls): "
                + String(format: "between turns p50 %.0f µs, back to back p50 %.0f µs", idleP50Us, cycleP50Us)
        }
    }

    private struct Samples: Decodable {
        var idleUs: [Double]
        var cycleUs: [Double]
    }

    /// Runs the floor script with the handler in a scratch folder.
    func run(event: Data) throws -> Figures {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-floor-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("floor.py")
        let eventFile = folder.appendingPathComponent("event.json")
        try Data(RuntimeFloorScript.source.utf8).write(to: script)
        try Data(HookOverheadBenchmark.handler.utf8).write(to: folder.appendingPathComponent("bench_hook.py"))
        try event.write(to: eventFile)
        let child = try ChildRun.run("python3", [script.path, folder.path, String(calls), eventFile.path])
        guard child.status == 0, let line = child.output.split(separator: UInt8(ascii: "\n")).last,
            let samples = try? JSONDecoder().decode(Samples.self, from: Data(line)),
            samples.idleUs.count == calls, samples.cycleUs.count == calls
        else {
            throw BenchmarkError("the awslambdaric floor run failed (exit \(child.status)): \(child.errorTail)")
        }
        return Figures(calls: calls, idleP50Us: Self.median(samples.idleUs), cycleP50Us: Self.median(samples.cycleUs))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
    }
}
