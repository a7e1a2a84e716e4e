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
