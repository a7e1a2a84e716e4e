import MeetyDiagnostics

/// The human-readable report: one line per script, each failure as a diagnostic followed by the
/// transcript so far, and a last line `N passed, N failed[, N skipped]`. A script's line names its
/// locale (`PASS  books a room [ko_KR]`) when the script chose it with `locale:` or the scripts ran in
/// more than one locale.
///
/// No timings, so the report of an unchanged bot is byte-identical between runs and diffs cleanly.
public struct TextReporter: Sendable {
    /// Whether diagnostics are coloured.
    public var colored: Bool

    /// Creates a reporter.
    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// The full report.
    public func report(
        _ results: [ScriptResult], skipped: Int, coverage: CoverageReport? = nil, shard: Shard? = nil
    ) -> String {
        var text = ""
        let formatter = DiagnosticFormatter(colored: colored)
        let namesLocales = Set(results.map(\.locale)).count > 1
        for result in results {
            let locale = namesLocales || result.localeWasChosen ? " [\(result.locale)]" : ""
            text += "\(result.status == .passed ? "PASS" : "FAIL")  \(result.name)\(locale)\n"
            guard result.status == .failed else { continue }
            text += formatter.format(result.failures)
            text += Self.transcript(result.transcript)
        }
        if let coverage { text += Self.coverage(coverage) }
        text += Self.summary(results, skipped: skipped, shard: shard) + "\n"
        return text
    }

    /// `N passed, N failed` plus `, N skipped` when some scripts were filtered out, and `(shard K/N)`
    /// when the run was one shard of the suite.
    public static func summary(_ results: [ScriptResult], skipped: Int, shard: Shard? = nil) -> String {
        let passed = results.count { $0.status == .passed }
        var line = "\(passed) passed, \(results.count - passed) failed"
        if skipped > 0 { line += ", \(skipped) skipped" }
        if let shard { line += " (shard \(shard))" }
        return line
    }

    /// The transcript, indented under its failure.
    static func transcript(_ exchanges: [ScriptResult.Exchange]) -> String {
        guard !exchanges.isEmpty else { return "" }
        var text = "  transcript so far:\n"
        for exchange in exchanges {
            let who = exchange.session == "user" ? "user" : exchange.session
            text += "    \(who): \(exchange.user)\n"
            for line in exchange.bot.split(separator: "\n", omittingEmptySubsequences: false)
            where !exchange.bot.isEmpty {
                text += "    bot: \(line)\n"
            }
            text += "         [\(exchange.state)]\n"
            if let log = exchange.hookLog, !log.isEmpty { text += hookLog(log) }
        }
        return text
    }

    /// What the hook printed during a turn, under it (the last 20 lines).
    static func hookLog(_ log: String) -> String {
        var lines = log.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let shown = lines.suffix(20)
        var text =
            "         hook output\(lines.count > shown.count ? " (last \(shown.count) of \(lines.count) lines)" : ""):\n"
        for line in shown { text += "         | \(line)\n" }
        return text
    }

    /// The coverage section.
    static func coverage(_ report: CoverageReport) -> String {
        let covered = report.categories.reduce(0) { $0 + $1.covered }
        let total = report.categories.reduce(0) { $0 + $1.total }
        var text = "coverage: \(percent(report.percent)) (\(covered) of \(total) items)\n"
        for category in report.categories {
            let name = category.name.padding(toLength: 15)
            text += "  \(name) \(category.covered)/\(category.total)  \(percent(category.percent))\n"
            for item in category.missing { text += "    not exercised: \(item)\n" }
        }
        if report.locales.count > 1 {
            for locale in report.locales {
                let name = "locale \(locale.locale)".padding(toLength: 15)
                text += "  \(name) \(locale.covered)/\(locale.total)  \(percent(locale.percent))\n"
            }
        }
        return text
    }

    /// A percentage with one decimal.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension String {
    /// The string padded with spaces to `length` characters.
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
