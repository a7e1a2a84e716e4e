import Foundation
import MeetyBenchmark
import Testing

@Suite("Benchmark report and targets")
struct ReportTests {
    private static func figures(ratio: Double, turnsPerSecond: Double, wallSeconds: Double, rss: Double)
        -> BenchmarkFigures
    {
        let compile = CompileFigures(
            intents: 1_000, yamlBytes: 5_000_000, outputFiles: 7_000, outputBytes: 40_000_000, failingQuotaRules: ["x"],
            libyamlMs: 100, parseMs: 50 * ratio, decodeMs: 20 * ratio, validateMs: 10 * ratio, renderMs: 20 * ratio,
            inMemoryMs: 100 * ratio, writeMs: 30, peakRSSMiB: 150)
        let oneJob = TestFigures(
            scripts: 10_000, jobs: 1, turns: 80_000, loadMs: 500, runMs: 80_000 / turnsPerSecond * 1_000,
            p50TurnUs: 10, p99TurnUs: 40, peakRSSMiB: rss)
        let twoJobs = TestFigures(
            scripts: 10_000, jobs: 2, turns: 80_000, loadMs: 500, runMs: wallSeconds * 1_000 - 500, p50TurnUs: 12,
            p99TurnUs: 50, peakRSSMiB: rss)
        return BenchmarkFigures(
            machine: "test machine", build: "release", compile: [compile], test: [oneJob, twoJobs],
            startup: StartupFigures(command: "meety-bot --version", runs: 30, medianMs: 9, minMs: 8))
    }

    @Test("targets are met and missed on the right side of each bound")
    func verdicts() {
        let good = BenchmarkTarget.evaluate(
            Self.figures(ratio: 2.5, turnsPerSecond: 70_000, wallSeconds: 2.5, rss: 120))
        #expect(good.count == 6)
        #expect(good.allSatisfy { $0.met }, "\(good.filter { !$0.met })")
        let bad = BenchmarkTarget.evaluate(Self.figures(ratio: 3.5, turnsPerSecond: 30_000, wallSeconds: 3.5, rss: 250))
        #expect(bad.filter { !$0.met }.count == 5, "\(bad)")
    }

    @Test("the report prints every table and one JSON line that decodes back to the figures")
    func report() throws {
        let figures = Self.figures(ratio: 2, turnsPerSecond: 50_000, wallSeconds: 2, rss: 100)
        let report = BenchmarkReport(figures: figures)
        let text = report.text()
        for heading in [
            "compile (medians, ms)", "test (MeetyBot suites", "start-up:", "targets", "timed, errors expected: x",
        ] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        let line = try report.jsonLine()
        #expect(!line.contains("\n"))
        #expect(try JSONDecoder().decode(BenchmarkFigures.self, from: Data(line.utf8)) == figures)
    }

    @Test("a measured LexLambda comparison replaces the assumed 12 ms and is held to 100 x")
    func lexLambdaTarget() throws {
        var figures = Self.figures(ratio: 2, turnsPerSecond: 50_000, wallSeconds: 2, rss: 100)
        #expect(BenchmarkTarget.evaluate(figures).contains { $0.name.contains("assumed, not measured here") })
        func comparison(meetyProcessMs: Double) -> LexLambdaComparison {
            LexLambdaComparison(
                handler: "lexlambda.py", bookings: 1_000, pythonCallsMs: 12_000, pythonP50CallUs: 11_000,
                pythonP99CallUs: 30_000, pythonProcessMs: 14_000, pythonItems: 1_000, meetyProcessMs: meetyProcessMs,
                meetyTurns: 7_980, meetyJobs: 1)
        }
        figures.lexLambda = comparison(meetyProcessMs: 100)
        var targets = BenchmarkTarget.evaluate(figures)
        #expect(!targets.contains { $0.name.contains("assumed") })
        let met = try #require(targets.first { $0.name.contains("original Python LexLambda") })
        #expect(met.met && abs(met.measured - 120) < 1e-9)
        figures.lexLambda = comparison(meetyProcessMs: 150)
        targets = BenchmarkTarget.evaluate(figures)
        #expect(targets.first { $0.name.contains("original Python LexLambda") }?.met == false)
        let text = BenchmarkReport(figures: figures).text()
        #expect(text.contains("ratio: 80.0 x") && text.contains("12000.0 us per booking"), "\(text)")
        figures.lexLambda = nil
        figures.lexLambdaSkipped = "the original LexLambda comparison was not run: python3 is not installed"
        #expect(BenchmarkReport(figures: figures).text().contains("python3 is not installed"))
    }

    @Test("child specs round-trip and reject nonsense")
    func specs() {
        for workload in BenchmarkPlan.full.workloads {
            #expect(BenchmarkPlan.Workload(spec: workload.description) == workload)
        }
        for bad in ["", "compile", "compile:0", "test:10", "test:10:0", "fly:1"] {
            #expect(BenchmarkPlan.Workload(spec: bad) == nil)
        }
    }
}
