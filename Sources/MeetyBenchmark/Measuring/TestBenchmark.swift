import BotModel
import ConversationRunner
import Conversations
import LexCompiler
import LexRuntime
import MeetyDiagnostics
import MeetyWorld

/// Measures `meety-bot test` on a synthetic MeetyBot suite: loading the scripts, then running them
/// through the simulator, the LexLambda hooks and in-memory stores, with per-turn latencies.
public struct TestBenchmark: Sendable {
    /// The workload.
    public let suite: SyntheticSuite
    /// Scripts run at once.
    public let jobs: Int

    /// Creates the benchmark.
    public init(suite: SyntheticSuite, jobs: Int) {
        self.suite = suite
        self.jobs = max(1, jobs)
    }

    /// Compiles the bot file at `path` (its text `bytes`) in memory, as `meety-bot test` does.
    public static func botUnderTest(_ bytes: [UInt8], path: String) throws -> BotUnderTest {
        var bag = DiagnosticBag()
        guard let validated = BotLoader().load(bytes, file: path, into: &bag) else {
            throw BenchmarkError("\(path) is not a valid bot", bag)
        }
        let export = LexCompiler().export(validated)
        return BotUnderTest(source: path, bot: RuntimeBot(export: export), hook: MeetyHookSpec())
    }

    /// Runs the suite against `bot`. Throws when a script fails: the workload is built to pass,
    /// so a failure is a regression in the simulator or the hooks, not a figure.
    public func run(bot: BotUnderTest) async throws -> TestFigures {
        // The script texts are released once loaded, as `meety-bot test` releases the files it read.
        var sources = Optional(
            suite.files().map { ConversationLoader.Source(path: $0.path, bytes: Array($0.text.utf8)) })
        let (jobsToRun, loadTime) = try await Stopwatch.timeAsync { try await load(sources.take() ?? [], for: bot) }
        // As `meety-bot test` runs without --coverage: no turn traces kept.
        let options = RunOptions(jobs: jobs, world: MeetingsWorld(), recordsTurnTimes: true, keepsTraces: false)
        let (results, runTime) = await Stopwatch.timeAsync { await SuiteRunner(options: options).run(jobsToRun) }
        if let failed = results.first(where: { $0.status == .failed }) {
            var bag = DiagnosticBag()
            bag.append(contentsOf: failed.failures)
            throw BenchmarkError("synthetic script '\(failed.name)' failed", bag)
        }
        let latencies = results.flatMap(\.turnTimes).map(\.microseconds)
        return TestFigures(
            scripts: results.count,
            jobs: jobs,
            turns: latencies.count,
            loadMs: loadTime.milliseconds,
            runMs: runTime.milliseconds,
            p50TurnUs: Percentiles.median(latencies),
            p99TurnUs: Percentiles.value(0.99, of: latencies),
            peakRSSMiB: PeakMemory.mebibytes()
        )
    }

    /// Parses and checks the scripts as `meety-bot test` does, on `jobs` tasks.
    private func load(_ sources: [ConversationLoader.Source], for bot: BotUnderTest) async throws -> [SuiteRunner.Job] {
        let outline = bot.outline
        var bag = DiagnosticBag()
        var loaded: [SuiteRunner.Job] = []
        loaded.reserveCapacity(sources.count)
        for (parsed, diagnostics) in await ConversationLoader().load(sources, jobs: jobs) {
            bag.append(contentsOf: diagnostics)
            guard let parsed else { continue }
            for script in parsed.scripts {
                bag.append(contentsOf: ConversationChecker().check(script, against: outline))
                loaded.append(SuiteRunner.Job(script: script, bot: bot))
            }
        }
        guard !bag.hasErrors else { throw BenchmarkError("the synthetic scripts do not load", bag) }
        return loaded
    }
}
