import Foundation

/// MeetyBot's suite with a Python code hook (`meety-bench --hooks --python-suite HOOK.py`): the wall
/// time of `meety-bot test conversations --code-hook python:HOOK --store dynamodb --jobs 2` against a
/// moto DynamoDB endpoint, from spawn to exit, worker starts included, as a developer waits for it.
/// It runs as scripts/ci-foreign-hooks.sh runs the example hook: warm workers reused across scripts
/// and `MEETY_MEETING_IDS=sequential` (the ids scripts name, which the example counts in each script's
/// table, so they start again with every script without a new worker).
///
/// The endpoint comes from `MEETY_DYNAMODB_ENDPOINT` (`scripts/with-moto.sh` exports it and the test
/// credentials). A suite that fails has no speed figure, so a failing run is an error, not a time.
public struct PythonSuiteBenchmark: Sendable {
    /// The target (issue 15): the whole suite on 2 jobs.
    public static let targetSeconds = 3.0

    /// The meety-bot executable (built with `MEETY_AWS=1`, for `--store dynamodb`).
    public var executable: String
    /// The hook file.
    public var hook: String
    /// The bot, relative to the working directory.
    public var bot: String
    /// The scripts, relative to the working directory.
    public var scripts: String
    /// How many runs; the median is reported.
    public var runs: Int
    /// The environment of the runs (credentials, the endpoint).
    public var environment: [String: String]

    /// Creates the benchmark.
    public init(
        executable: String, hook: String, bot: String = "bots/meetybot.yaml", scripts: String = "conversations",
        runs: Int = 3, environment: [String: String]
    ) {
        self.executable = executable
        self.hook = hook
        self.bot = bot
        self.scripts = scripts
        self.runs = max(1, runs)
        self.environment = environment
    }

    /// Why the suite cannot run here, or `nil` when it can.
    public func missingPrerequisite() -> String? {
        guard FileManager.default.fileExists(atPath: hook) else { return "the hook \(hook) does not exist" }
        guard environment["MEETY_DYNAMODB_ENDPOINT"] != nil else {
            return "no DynamoDB endpoint: run it under scripts/with-moto.sh (MEETY_DYNAMODB_ENDPOINT)"
        }
        return PythonModules.missing(["awslambdaric", "boto3"], environment: environment)
    }

    /// The arguments of one run.
    var arguments: [String] {
        [
            "test", scripts, "--bot", bot, "--code-hook", "python:\(hook)", "--store", "dynamodb", "--endpoint",
            environment["MEETY_DYNAMODB_ENDPOINT"] ?? "", "--hook-env", "MEETY_MEETING_IDS=sequential",
            "--jobs", "2",
        ]
    }

    /// Runs the suite `runs` times and returns the wall times.
    /// - Throws: `BenchmarkError` when a run fails (its last lines say why).
    public func run() throws -> PythonSuiteFigures {
        var seconds: [Double] = []
        var summary = ""
        for _ in 0..<runs {
            let (elapsed, output) = try runOnce()
            seconds.append(elapsed)
            summary = output.split(separator: "\n").last.map(String.init) ?? ""
        }
        return PythonSuiteFigures(
            hook: hook, summary: summary, runs: seconds, medianSeconds: Percentiles.median(seconds))
    }

    private func runOnce() throws -> (Double, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment.merging(["NO_COLOR": "1"]) { $1 }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-suite-\(UUID())")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        let clock = ContinuousClock()
        let started = clock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = clock.now - started
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let last = text.split(separator: "\n").suffix(8).joined(separator: "\n")
            throw BenchmarkError(
                "the suite failed (exit \(process.terminationStatus)): \(arguments.joined(separator: " "))\n\(last)")
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, text)
    }
}

/// The suite's wall times.
public struct PythonSuiteFigures: Sendable, Codable, Equatable {
    /// The hook file.
    public var hook: String
    /// The run's last line (`N passed, 0 failed`).
    public var summary: String
    /// Each run's wall time, in seconds.
    public var runs: [Double]
    /// Their median.
    public var medianSeconds: Double

    /// The report's line.
    public var line: String {
        "MeetyBot suite with \(hook) on moto, 2 jobs: "
            + String(format: "median %.2f s", medianSeconds) + " of "
            + runs.map { String(format: "%.2f", $0) }.joined(separator: ", ") + " s (\(summary))"
    }

    /// The target on the median.
    public var target: BenchmarkTarget {
        BenchmarkTarget(
            name: "MeetyBot suite with the Python hook, 2 jobs, wall time", measured: medianSeconds,
            limit: PythonSuiteBenchmark.targetSeconds, unit: "s", atMost: true)
    }
}
