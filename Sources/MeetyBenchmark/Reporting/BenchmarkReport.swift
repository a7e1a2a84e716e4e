import Foundation

/// Prints benchmark figures as tables for people and as one JSON line for tools.
public struct BenchmarkReport: Sendable {
    /// The figures.
    public let figures: BenchmarkFigures

    /// Creates a report.
    public init(figures: BenchmarkFigures) {
        self.figures = figures
    }

    /// The human-readable tables and the target verdicts.
    public func text() -> String {
        var lines = ["meety-bench (\(figures.build) build) on \(figures.machine)", ""]
        lines.append("compile (medians, ms)")
        lines += table(
            header: [
                "intents", "yaml KiB", "libyaml", "parse", "decode", "validate", "render", "in memory", "x floor",
                "write", "files", "RSS MiB",
            ],
            rows: figures.compile.map { row in
                [
                    "\(row.intents)", fixed(Double(row.yamlBytes) / 1_024, 0), fixed(row.libyamlMs, 2),
                    fixed(row.parseMs, 2), fixed(row.decodeMs, 2), fixed(row.validateMs, 2), fixed(row.renderMs, 2),
                    fixed(row.inMemoryMs, 2), fixed(row.floorRatio, 2), fixed(row.writeMs, 2), "\(row.outputFiles)",
                    fixed(row.peakRSSMiB, 1),
                ]
            })
        for row in figures.compile where !row.failingQuotaRules.isEmpty {
            lines.append(
                "  \(row.intents) intents exceed Lex quotas by design; timed, errors expected: "
                    + row.failingQuotaRules.joined(separator: ", ")
            )
        }
        lines += ["", "test (MeetyBot suites, in-memory store)"]
        lines += table(
            header: [
                "scripts", "jobs", "turns", "load ms", "run ms", "total ms", "scripts/s", "turns/s", "p50 us", "p99 us",
                "RSS MiB",
            ],
            rows: figures.test.map { row in
                [
                    "\(row.scripts)", "\(row.jobs)", "\(row.turns)", fixed(row.loadMs, 1), fixed(row.runMs, 1),
                    fixed(row.totalMs, 1), fixed(row.scriptsPerSecond, 0), fixed(row.turnsPerSecond, 0),
                    fixed(row.p50TurnUs, 1), fixed(row.p99TurnUs, 1), fixed(row.peakRSSMiB, 1),
                ]
            })
        if let startup = figures.startup {
            lines += [
                "",
                "start-up: \(startup.command): median \(fixed(startup.medianMs, 2)) ms, "
                    + "fastest \(fixed(startup.minMs, 2)) ms over \(startup.runs) runs",
            ]
        }
        lines += lexLambdaLines()
        lines += ["", "targets"]
        for target in BenchmarkTarget.evaluate(figures) { lines.append(target.verdictLine) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The side-by-side comparison with the original LexLambda, or why it did not run.
    private func lexLambdaLines() -> [String] {
        if let skipped = figures.lexLambdaSkipped { return ["", skipped] }
        guard let run = figures.lexLambda else { return [] }
        return [
            "", "original LexLambda (\(run.handler)), \(run.bookings) bookings side by side",
            "  Python on moto, one fulfillment call per booking: \(fixed(run.pythonPerBookingUs, 1)) us per booking "
                + "(p50 \(fixed(run.pythonP50CallUs, 1)) us, p99 \(fixed(run.pythonP99CallUs, 1)) us; "
                + "whole process \(fixed(run.pythonProcessMs, 0)) ms, \(run.pythonItems) items)",
            "  meety-bot test, whole process, \(run.meetyTurns) turns on \(run.meetyJobs) job(s): "
                + "\(fixed(run.meetyProcessMs, 0)) ms = \(fixed(run.meetyPerBookingUs, 1)) us per booking",
            "  ratio: \(fixed(run.ratio, 1)) x",
        ]
    }

    /// The figures as one line of JSON with sorted keys.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(figures), as: UTF8.self)
    }

    private func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    private func table(header: [String], rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "  " + zip(cells, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}
