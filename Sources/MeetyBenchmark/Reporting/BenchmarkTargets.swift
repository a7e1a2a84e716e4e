/// The speed and memory targets of the project (issue "Benchmark", DESIGN §9), checked against
/// measured figures.
public struct BenchmarkTarget: Sendable, Equatable, Codable {
    /// What is measured against what.
    public var name: String
    /// The measured value.
    public var measured: Double
    /// The bound.
    public var limit: Double
    /// The unit of both, for the report.
    public var unit: String
    /// True when `measured` must be at most `limit`, false when at least.
    public var atMost: Bool

    /// Whether the target is met.
    public var met: Bool { atMost ? measured <= limit : measured >= limit }

    /// The report's line: `  met    NAME: 1.23 s (target <= 3.0 s)`, or `MISSED` in the first column.
    public var verdictLine: String {
        let bound = (atMost ? "<= " : ">= ") + String(format: "%.\(limit < 10 ? 1 : 0)f", limit)
        return "  \(met ? "met   " : "MISSED") \(name): \(String(format: "%.2f", measured)) \(unit) "
            + "(target \(bound) \(unit))"
    }

    /// The targets that `figures` contain the measurements for (a quick run checks fewer).
    public static func evaluate(_ figures: BenchmarkFigures) -> [BenchmarkTarget] {
        var targets: [BenchmarkTarget] = []
        if let largest = figures.compile.max(by: { $0.intents < $1.intents }) {
            targets.append(
                BenchmarkTarget(
                    name: "compile \(largest.intents) intents in memory / libyaml parse", measured: largest.floorRatio,
                    limit: 3, unit: "x", atMost: true))
        }
        if let oneJob = largestSuite(figures, jobs: 1) {
            targets.append(
                BenchmarkTarget(
                    name: "turns per second, 1 job, \(oneJob.scripts) scripts", measured: oneJob.turnsPerSecond,
                    limit: 40_000, unit: "turns/s", atMost: false))
            if figures.lexLambda == nil {
                // Without the measured comparison, the original's 12 ms per booking as measured once
                // (docs/benchmark.md) stands in for it, and only the in-memory run is counted.
                let dialogUs = oneJob.runMs * 1_000 / Double(max(oneJob.scripts, 1))
                targets.append(
                    BenchmarkTarget(
                        name: "one booking dialog / 12 ms of the Python+moto LexLambda (assumed, not measured here)",
                        measured: dialogUs / 12_000 * 100, limit: 1, unit: "%", atMost: true))
            }
        }
        if let lexLambda = figures.lexLambda {
            targets.append(
                BenchmarkTarget(
                    name: "original Python LexLambda per booking / meety-bot whole process per booking, "
                        + "\(lexLambda.bookings) bookings",
                    measured: lexLambda.ratio, limit: 100, unit: "x", atMost: false))
        }
        if let twoJobs = largestSuite(figures, jobs: 2), twoJobs.scripts >= 10_000 {
            targets.append(
                BenchmarkTarget(
                    name: "\(twoJobs.scripts) scripts, 2 jobs, wall time", measured: twoJobs.totalMs / 1_000, limit: 3,
                    unit: "s", atMost: true))
            targets.append(
                BenchmarkTarget(
                    name: "\(twoJobs.scripts) scripts, 2 jobs, peak RSS", measured: twoJobs.peakRSSMiB, limit: 200,
                    unit: "MiB", atMost: true))
        }
        if let startup = figures.startup {
            targets.append(
                BenchmarkTarget(
                    name: "start-up of meety-bot --version (median)", measured: startup.medianMs, limit: 20, unit: "ms",
                    atMost: true))
        }
        return targets
    }

    private static func largestSuite(_ figures: BenchmarkFigures, jobs: Int) -> TestFigures? {
        figures.test.filter { $0.jobs == jobs }.max { $0.scripts < $1.scripts }
    }
}
