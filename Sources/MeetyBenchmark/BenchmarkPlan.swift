/// Which workloads a benchmark run measures.
///
/// Each workload runs in a child process of its own (`meety-bench --child SPEC`), so its peak RSS
/// is its own and one workload's heap cannot slow the next.
public struct BenchmarkPlan: Sendable, Equatable {
    /// One measurement: a compile of a synthetic bot, or a run of a synthetic suite.
    public enum Workload: Sendable, Equatable, CustomStringConvertible {
        /// Compile a bot of this many intents.
        case compile(intents: Int)
        /// Run a suite of this many scripts with this many jobs.
        case test(scripts: Int, jobs: Int)

        /// The child-process spec: `compile:1000`, `test:10000:2`.
        public var description: String {
            switch self {
            case .compile(let intents): "compile:\(intents)"
            case .test(let scripts, let jobs): "test:\(scripts):\(jobs)"
            }
        }

        /// Parses a child-process spec.
        public init?(spec: String) {
            let parts = spec.split(separator: ":").map(String.init)
            switch (parts.first, parts.count) {
            case ("compile", 2):
                guard let intents = Int(parts[1]), intents > 0 else { return nil }
                self = .compile(intents: intents)
            case ("test", 3):
                guard let scripts = Int(parts[1]), let jobs = Int(parts[2]), scripts > 0, jobs > 0 else { return nil }
                self = .test(scripts: scripts, jobs: jobs)
            default:
                return nil
            }
        }
    }

    /// The workloads, in the order they run.
    public var workloads: [Workload]

    /// The full plan of the issue: bots of 10, 100 and 1,000 intents; suites of 100, 1,000 and
    /// 10,000 scripts, each with 1 and 2 jobs.
    public static let full = BenchmarkPlan(
        workloads: [10, 100, 1_000].map { .compile(intents: $0) }
            + [100, 1_000, 10_000].flatMap { scripts in [1, 2].map { .test(scripts: scripts, jobs: $0) } })

    /// A smoke run for CI: the two smaller sizes of each.
    public static let quick = BenchmarkPlan(
        workloads: [10, 100].map { .compile(intents: $0) }
            + [100, 1_000].flatMap { scripts in [1, 2].map { .test(scripts: scripts, jobs: $0) } })

    /// How many times a compile of `intents` intents is repeated (the median is reported).
    public static func compileRepeats(intents: Int) -> Int {
        intents >= 1_000 ? 5 : intents >= 100 ? 10 : 30
    }
}
