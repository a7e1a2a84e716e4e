import ArgumentParser
import Foundation
import MeetyBenchmark

/// `meety-bench`: speed and memory of `meety-bot compile` and `meety-bot test` on synthetic workloads.
@main struct MeetyBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meety-bench",
        abstract: "Measure meety-bot's compile and test speed and memory; run it in a release build.",
        discussion: "swift run -c release meety-bench   (about a minute; --quick for a smoke run)")

    @Flag(help: "Measure only the smaller workloads (a smoke run for CI).")
    var quick = false

    @Option(help: "The MeetyBot file the synthetic suites run against.")
    var bot = "bots/meetybot.yaml"

    @Option(help: "The meety-bot executable whose start-up is timed (default: next to meety-bench).")
    var meetyBot: String?

    @Option(help: "Also write the figures as JSON to FILE.")
    var json: String?

    @Option(help: "Run this copy of the original Python LexLambda on moto beside meety-bot (1,000 bookings each).")
    var originalLexlambda: String?

    @Flag(help: "Exit 1 when a target is missed.")
    var enforceTargets = false

    @Option(help: .hidden)
    var child: String?

    @Option(
        help: "Compile a synthetic bot of N intents once, in memory, and print a digest of its output (for profilers).")
    var profileCompile: Int?

    @Flag(help: "Measure meety-bot serve instead: request latency p50/p99 and requests per second.")
    var serve = false

    @Option(help: "With --serve: how many clients book at once.")
    var serveClients = 16

    @Option(help: "With --serve: how many bookings (seven requests each) are measured.")
    var serveBookings = 1_000

    @Flag(
        help: "Measure foreign code hooks instead: a Python hook's per-call overhead (needs awslambdaric).")
    var hooks = false

    @Option(help: "With --hooks: how many warm calls of the Python hook are measured.")
    var hookCalls = 2_000

    @Option(
        help: ArgumentHelp(
            "With --hooks: also time MeetyBot's suite with this Python hook on moto, 2 jobs.",
            discussion: "Run under scripts/with-moto.sh, with a meety-bot built with MEETY_AWS=1."))
    var pythonSuite: String?

    func run() async throws {
        if hooks {
            try await runHooks()
            return
        }
        if serve {
            try await runServe()
            return
        }
        let plan: BenchmarkPlan = quick ? .quick : .full
        if let profileCompile {
            guard profileCompile >= 2 else { throw ValidationError("--profile-compile needs at least 2 intents") }
            print(try CompileProfile(bot: SyntheticBot(intents: profileCompile)).run())
            return
        }
        if let child {
            guard let workload = BenchmarkPlan.Workload(spec: child) else {
                throw ValidationError("bad --child \(child)")
            }
            print(try await BenchmarkDriver(plan: plan, botPath: bot, meetyBot: nil).measure(workload))
            return
        }
        let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("meety-bot").path
        let executable = meetyBot ?? sibling.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
        let driver = BenchmarkDriver(
            plan: plan, botPath: bot, meetyBot: executable, originalLexLambda: originalLexlambda)
        let figures = try driver.runAll { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
        let report = BenchmarkReport(figures: figures)
        print(report.text())
        let line = try report.jsonLine()
        print(line)
        if let json { try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: json)) }
        if enforceTargets, BenchmarkTarget.evaluate(figures).contains(where: { !$0.met }) { throw ExitCode.failure }
    }

    /// `--hooks`: the Python hook's overhead (real clock, and libfaketime where installed) and, with
    /// `--python-suite`, MeetyBot's suite with that hook; what cannot run here is said and skipped.
    private func runHooks() async throws {
        let environment = ProcessInfo.processInfo.environment
        var targets: [BenchmarkTarget] = []
        let overhead = HookOverheadBenchmark(iterations: quick ? 200 : hookCalls, environment: environment)
        if let missing = overhead.missingPrerequisite() {
            print("python hook per-call overhead: not measured: \(missing)")
        } else {
            for fakingClock in HookOverheadBenchmark.canFakeClock ? [false, true] : [false] {
                for betweenTurns in [true, false] {
                    let figures = try await overhead.measure(fakingClock: fakingClock, betweenTurns: betweenTurns)
                    print(figures.line)
                    targets.append(figures.target)
                }
            }
            if !HookOverheadBenchmark.canFakeClock { print("  (libfaketime is not installed: real clock only)") }
            print(try overhead.floor().line)
        }
        if let pythonSuite {
            let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("meety-bot")
            let suite = PythonSuiteBenchmark(
                executable: meetyBot ?? sibling?.path ?? "meety-bot", hook: pythonSuite, bot: bot,
                environment: environment)
            if let missing = suite.missingPrerequisite() {
                print("MeetyBot suite with \(pythonSuite): not measured: \(missing)")
            } else {
                let figures = try suite.run()
                print(figures.line)
                targets.append(figures.target)
            }
        }
        print("targets")
        for target in targets { print(target.verdictLine) }
        if enforceTargets, targets.contains(where: { !$0.met }) { throw ExitCode.failure }
    }

    /// `--serve`: the serve benchmark against the sibling `meety-bot`.
    private func runServe() async throws {
        let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("meety-bot").path
        guard let executable = meetyBot ?? sibling, FileManager.default.isExecutableFile(atPath: executable) else {
            throw ValidationError("--serve needs the meety-bot executable (--meety-bot PATH)")
        }
        let figures = try await ServeBenchmark(
            executable: executable, botPath: bot, clients: serveClients, bookings: serveBookings
        ).run()
        for line in figures.lines { print(line) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(figures), as: UTF8.self))
    }
}
