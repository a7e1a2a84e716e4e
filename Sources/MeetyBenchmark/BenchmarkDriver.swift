import Foundation

/// Runs a benchmark plan: each workload in a child process of this executable, then start-up.
public struct BenchmarkDriver: Sendable {
    /// The plan.
    public var plan: BenchmarkPlan
    /// The MeetyBot file the test suites run against.
    public var botPath: String
    /// The `meety-bot` executable to time, if any.
    public var meetyBot: String?
    /// The original Python LexLambda handler to run side by side, if any.
    public var originalLexLambda: String?

    /// Creates a driver.
    public init(plan: BenchmarkPlan, botPath: String, meetyBot: String?, originalLexLambda: String? = nil) {
        self.plan = plan
        self.botPath = botPath
        self.meetyBot = meetyBot
        self.originalLexLambda = originalLexLambda
    }

    /// Measures one workload in this process and returns its figures as a JSON line (child side).
    public func measure(_ workload: BenchmarkPlan.Workload) async throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch workload {
        case .compile(let intents):
            let benchmark = CompileBenchmark(
                bot: SyntheticBot(intents: intents), repeats: BenchmarkPlan.compileRepeats(intents: intents))
            return String(decoding: try encoder.encode(try benchmark.run()), as: UTF8.self)
        case .test(let scripts, let jobs):
            guard let bytes = FileManager.default.contents(atPath: botPath) else {
                throw BenchmarkError("cannot read the bot file \(botPath)")
            }
            let bot = try TestBenchmark.botUnderTest(Array(bytes), path: botPath)
            _ = try await TestBenchmark(suite: SyntheticSuite(scripts: 20, seed: 1), jobs: jobs).run(bot: bot)
            let figures = try await TestBenchmark(suite: SyntheticSuite(scripts: scripts), jobs: jobs).run(bot: bot)
            return String(decoding: try encoder.encode(figures), as: UTF8.self)
        }
    }

    /// Runs every workload of the plan in a child process and start-up in the parent (parent side).
    /// `progress` receives a line per workload.
    public func runAll(progress: (String) -> Void) throws -> BenchmarkFigures {
        if originalLexLambda != nil, meetyBot == nil {
            throw BenchmarkError("--original-lexlambda needs the meety-bot executable (--meety-bot PATH)")
        }
        let decoder = JSONDecoder()
        var figures = BenchmarkFigures(
            machine: MachineDescription.current(), build: MachineDescription.buildConfiguration, compile: [], test: [],
            startup: nil)
        for workload in plan.workloads {
            progress("measuring \(workload)")
            let line = try runChild(workload)
            switch workload {
            case .compile: figures.compile.append(try decoder.decode(CompileFigures.self, from: line))
            case .test: figures.test.append(try decoder.decode(TestFigures.self, from: line))
            }
        }
        if let meetyBot {
            progress("measuring start-up of \(meetyBot)")
            figures.startup = try StartupBenchmark(executable: meetyBot).run()
        }
        if let skipped = OriginalLexLambdaBenchmark.unavailable(handler: originalLexLambda) {
            figures.lexLambdaSkipped = skipped
        } else if let originalLexLambda {
            guard let meetyBot else { throw BenchmarkError("--original-lexlambda needs the meety-bot executable") }
            progress("running \(originalLexLambda) and meety-bot side by side")
            figures.lexLambda = try OriginalLexLambdaBenchmark(
                handler: originalLexLambda, meetyBot: meetyBot, botPath: botPath
            ).run()
        }
        return figures
    }

    private func runChild(_ workload: BenchmarkPlan.Workload) throws -> Data {
        guard let executable = Bundle.main.executablePath else {
            throw BenchmarkError("cannot find meety-bench itself")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--child", workload.description, "--bot", botPath]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("measuring \(workload) failed (exit \(process.terminationStatus))")
        }
        return data
    }
}
