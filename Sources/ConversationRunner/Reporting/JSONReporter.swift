import Foundation
import MeetyDiagnostics

/// The machine-readable report (`--json FILE`): a summary, every script with its locale, failures and
/// transcript, and coverage (per category and per locale) when it was measured. Keys are sorted, so
/// output is stable.
public struct JSONReporter: Sendable {
    struct Report: Encodable {
        struct Summary: Encodable {
            var passed: Int
            var failed: Int
            var skipped: Int
            var total: Int
        }

        struct Script: Encodable {
            var name: String
            var locale: String
            var file: String
            var line: Int
            var column: Int
            var tags: [String]
            var status: String
            var failures: [DiagnosticRecord]
            var transcript: [Exchange]
        }

        struct Exchange: Encodable {
            var session: String
            var user: String
            var bot: String
            var state: String
            var hookLog: String?
        }

        struct Coverage: Encodable {
            struct Category: Encodable {
                var name: String
                var total: Int
                var covered: Int
                var percent: Double
                var missing: [String]
            }

            struct Locale: Encodable {
                var locale: String
                var total: Int
                var covered: Int
                var percent: Double
            }

            var percent: Double
            var categories: [Category]
            var locales: [Locale]
        }

        var summary: Summary
        var scripts: [Script]
        var coverage: Coverage?
    }

    /// Creates a reporter.
    public init() {}

    /// The report as pretty-printed JSON with sorted keys and a trailing newline.
    public func report(_ results: [ScriptResult], skipped: Int, coverage: CoverageReport? = nil) throws -> Data {
        let passed = results.count { $0.status == .passed }
        let report = Report(
            summary: .init(
                passed: passed, failed: results.count - passed, skipped: skipped, total: results.count + skipped),
            scripts: results.map { result in
                Report.Script(
                    name: result.name,
                    locale: result.locale,
                    file: result.file,
                    line: result.span.start.line,
                    column: result.span.start.column,
                    tags: result.tags,
                    status: result.status.rawValue,
                    failures: result.failures.map(DiagnosticRecord.init),
                    transcript: result.transcript.map {
                        .init(session: $0.session, user: $0.user, bot: $0.bot, state: $0.state, hookLog: $0.hookLog)
                    }
                )
            },
            coverage: coverage.map { coverage in
                Report.Coverage(
                    percent: (coverage.percent * 10).rounded() / 10,
                    categories: coverage.categories.map {
                        .init(
                            name: $0.name, total: $0.total, covered: $0.covered,
                            percent: ($0.percent * 10).rounded() / 10, missing: $0.missing)
                    },
                    locales: coverage.locales.map {
                        .init(
                            locale: $0.locale, total: $0.total, covered: $0.covered,
                            percent: ($0.percent * 10).rounded() / 10)
                    }
                )
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report) + Data("\n".utf8)
    }
}
