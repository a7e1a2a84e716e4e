import Foundation

/// The original MeetyBot LexLambda (Python, boto3, moto) and meety-bot's whole process side by
/// side, booking for booking, in one run (`meety-bench --original-lexlambda FILE.py`).
///
/// The Python side is what testing the original costs: one fulfillment event per booking through
/// its handler on moto. meety-bot's side is a whole `meety-bot test` process over as many
/// generated 8-turn booking scripts (`SyntheticSuite`), on one job as Python runs on one thread.
/// `LexLambdaComparison` says why this leans towards Python.
public struct OriginalLexLambdaBenchmark: Sendable {
    /// The handler file.
    public let handler: String
    /// The `meety-bot` executable.
    public let meetyBot: String
    /// The bot file, as `meety-bot test --bot` takes it.
    public let botPath: String
    /// Bookings on each side.
    public let bookings: Int
    /// Scripts `meety-bot test` runs at once.
    public let jobs: Int

    /// Creates the benchmark.
    public init(handler: String, meetyBot: String, botPath: String, bookings: Int = 1_000, jobs: Int = 1) {
        self.handler = handler
        self.meetyBot = meetyBot
        self.botPath = botPath
        self.bookings = max(1, bookings)
        self.jobs = max(1, jobs)
    }

    /// Why the comparison cannot run here (no handler file, no python3/boto3/moto), or nil.
    public static func unavailable(handler: String?) -> String? {
        guard let handler else {
            return "the original LexLambda comparison was not run: pass --original-lexlambda FILE.py "
                + "(a copy of the original handler is not part of the repository)"
        }
        guard FileManager.default.fileExists(atPath: handler) else {
            return "the original LexLambda comparison was not run: \(handler) does not exist"
        }
        if let missing = PythonLexLambdaRun.missingTools() {
            return "the original LexLambda comparison was not run: \(missing)"
        }
        return nil
    }

    /// Runs both sides; throws when either fails a booking.
    public func run() throws -> LexLambdaComparison {
        let python = try PythonLexLambdaRun(handler: handler, bookings: bookings).run()
        let (processMs, turns) = try runMeetyBot()
        return LexLambdaComparison(
            handler: handler, bookings: bookings, pythonCallsMs: python.callsUs.reduce(0, +) / 1_000,
            pythonP50CallUs: Percentiles.median(python.callsUs),
            pythonP99CallUs: Percentiles.value(0.99, of: python.callsUs), pythonProcessMs: python.processMs,
            pythonItems: python.items, meetyProcessMs: processMs, meetyTurns: turns, meetyJobs: jobs)
    }

    /// `meety-bot test` over `bookings` generated scripts written to a fresh folder: its wall time
    /// and the scripts' user turns.
    private func runMeetyBot() throws -> (Double, Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var turns = 0
        for file in SyntheticSuite(scripts: bookings).files() {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
            turns += file.turns
        }
        let bot = URL(fileURLWithPath: botPath).standardizedFileURL.path
        let child = try ChildRun.run(meetyBot, ["test", folder.path, "--bot", bot, "--jobs", "\(jobs)"])
        guard child.status == 0 else {
            let output = String(decoding: child.output.suffix(800), as: UTF8.self)
            throw BenchmarkError("meety-bot test of \(bookings) bookings failed (exit \(child.status)): \(output)")
        }
        return (child.wallTime.milliseconds, turns)
    }
}
