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
        "meety-bench --hooks measures warm calls through awslambdaric and gives each clock's verdict",
        .enabled(if: python, "python3 cannot import awslambdaric"))
    func overhead() async throws {
        // The measurement runs in a meety-bench process of its own: a hook pool in this process would
        // compete with the other suites' loopback servers for the shared event loops.
        let output = try await Self.runBench(["--hooks", "--hook-calls", "40"])
        #expect(output.status == 0, "\(output.text)")
        let lines = output.text.split(separator: "\n").map(String.init)
        let measured = lines.filter { $0.hasPrefix("python hook per-call overhead (") }
        #expect(measured.count == (HookOverheadBenchmark.canFakeClock ? 4 : 2), "\(output.text)")
        #expect(
            measured.first?.hasPrefix("python hook per-call overhead (real clock, between turns, 40 warm calls): p50 ")
                == true)
        #expect(measured.contains { $0.hasPrefix("python hook per-call overhead (real clock, back to back, 40 warm") })
        let floor = lines.first { $0.hasPrefix("awslambdaric floor (a minimal Runtime API server in Python") }
        #expect(floor?.contains("40 warm calls): between turns p50 ") == true, "\(output.text)")
        #expect(lines.contains("targets"))
        let verdicts = lines.filter { $0.contains("python hook per-call overhead p50 (") }
        #expect(verdicts.count == measured.count)
        #expect(verdicts.allSatisfy { $0.hasSuffix("µs (target <= 150 µs)") }, "\(verdicts)")
    }

    /// Runs the built `meety-bench` (next to the test bundle) with `arguments`.
    static func runBench(_ arguments: [String]) async throws -> (status: Int32, text: String) {
        let folders =
            Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }.map {
                $0.bundleURL.deletingLastPathComponent()
            } + [TestResources.path(".build/debug")]
        let executable = try #require(
            folders.map { $0.appendingPathComponent("meety-bench") }.first {
                FileManager.default.isExecutableFile(atPath: $0.path)
            }, "meety-bench is not built")
        let workspace = try Workspace()
        let outputURL = workspace.url("output")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let handle = try FileHandle(forWritingTo: outputURL)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        try await process.runUntilExit()
        return (process.terminationStatus, try workspace.read("output"))
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
