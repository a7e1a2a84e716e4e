import Foundation
import MeetyBenchmark
import MeetyTestSupport
import Testing

/// `meety-bench --hooks`: the Python hook's overhead measurement and the timed Python suite, without
/// timing assertions (the figures themselves belong to the benchmark run).
@Suite("Hook benchmarks")
struct HookBenchmarkTests {
    static let environment = ProcessInfo.processInfo.environment
    /// awslambdaric is needed; CI installs it, so there a missing one fails instead of skipping.
    static let python =
        environment["CI"] == "true"
        || HookOverheadBenchmark(iterations: 1, environment: environment)
            .missingPrerequisite() == nil

    @Test(
        "the overhead of warm calls is measured through awslambdaric, one sample per call",
        .enabled(if: python, "python3 cannot import awslambdaric"))
    func overhead() async throws {
        let benchmark = HookOverheadBenchmark(iterations: 40, environment: Self.environment)
        #expect(benchmark.missingPrerequisite() == nil)
        let figures = try await benchmark.measure(fakingClock: false)
        #expect(figures.clock == "real clock" && figures.calls == 40)
        #expect(figures.p50Us > 0 && figures.p50Us <= figures.p90Us && figures.p90Us <= figures.p99Us)
        #expect(figures.target.limit == 150 && figures.target.unit == "µs" && figures.target.atMost)
        #expect(figures.line.hasPrefix("python hook per-call overhead (real clock, 40 warm calls): p50 "))
    }

    @Test("the suite says what it lacks: the hook file, then the DynamoDB endpoint")
    func missingPrerequisites() throws {
        let workspace = try Workspace()
        try workspace.write("hook.py", "def lambda_handler(event, context):\n    return {}\n")
        let noFile = PythonSuiteBenchmark(
            executable: "/bin/true", hook: workspace.url("nothing.py").path, environment: [:])
        #expect(noFile.missingPrerequisite() == "the hook \(workspace.url("nothing.py").path) does not exist")
        let noEndpoint = PythonSuiteBenchmark(
            executable: "/bin/true", hook: workspace.url("hook.py").path, environment: [:])
        #expect(noEndpoint.missingPrerequisite()?.contains("scripts/with-moto.sh") == true)
    }

    @Test("each run of the suite is timed from spawn to exit; a failing run is an error, not a figure")
    func runsAreTimedAndFailuresThrow() throws {
        let endpoint = ["MEETY_DYNAMODB_ENDPOINT": "http://127.0.0.1:9", "PATH": "/usr/bin:/bin"]
        let passing = try PythonSuiteBenchmark(executable: "/bin/true", hook: "hook.py", runs: 3, environment: endpoint)
            .run()
        #expect(passing.runs.count == 3 && passing.runs.allSatisfy { $0 > 0 })
        #expect(passing.medianSeconds == passing.runs.sorted()[1])
        #expect(passing.target.limit == 3 && passing.target.unit == "s")
        #expect(throws: BenchmarkError.self) {
            _ = try PythonSuiteBenchmark(executable: "/bin/false", hook: "hook.py", runs: 1, environment: endpoint)
                .run()
        }
    }
}
