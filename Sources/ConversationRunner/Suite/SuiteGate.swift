import Conversations
import MeetyDiagnostics

/// The decisions that make `meety-bot test` a gate: which scripts run, and whether coverage is enough.
public enum SuiteGate {
    /// The jobs `--filter TEXT` selects and how many it skipped; `nil` after a `no-script-selected`
    /// error when it selects none, because a gate that runs nothing must not pass (a misspelt filter
    /// would hide every failure).
    public static func select(
        _ jobs: [SuiteRunner.Job], filter: String?, into bag: inout DiagnosticBag
    ) -> (selected: [SuiteRunner.Job], skipped: Int)? {
        guard let filter else { return (jobs, 0) }
        let selected = jobs.filter { ScriptFilter(filter).matches($0.script) }
        guard !selected.isEmpty else {
            bag.error(
                .noScriptSelected,
                "--filter '\(filter)' matches none of the \(jobs.count) scripts found "
                    + "(it selects names containing it, ignoring case, and exact tags)",
                at: nil
            )
            return nil
        }
        return (selected, jobs.count - selected.count)
    }

    /// Shard `shard` of `jobs`: every `shard.count`-th script starting at the `shard.index`-th, in the
    /// suite's order (file path, then position in the file). The shards of one suite together run
    /// every script exactly once, each gets as many scripts as another or one fewer, and the split
    /// depends on nothing but the suite, so every CI machine computes the same one.
    public static func shard(_ jobs: [SuiteRunner.Job], _ shard: Shard) -> [SuiteRunner.Job] {
        jobs.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element)
    }

    /// A `coverage-below-minimum` error when `coverage` is below `minimum` percent.
    public static func checkCoverage(_ coverage: CoverageReport?, minimum: Double?, into bag: inout DiagnosticBag) {
        guard let minimum, let coverage, coverage.percent + 1e-9 < minimum else { return }
        bag.error(
            .coverageBelowMinimum,
            "coverage is \(TextReporter.percent(coverage.percent)), below the minimum of \(TextReporter.percent(minimum))",
            at: nil
        )
    }
}

/// One part of a suite split across CI machines: `--shard K/N`.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// K, 1-based.
    public var index: Int
    /// N, at least 1.
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index), parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
