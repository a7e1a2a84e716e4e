import Foundation
import MeetyDiagnostics

/// The diagnostics an invalid fixture must produce, read from the comment lines at its top.
///
/// Each `# expect: error 7:11 undefined-slot-reference` line is one diagnostic (severity,
/// position, code); a `# message: ...` line right after it pins that diagnostic's exact message.
/// Keeping the expectation inside the fixture keeps the two from drifting apart.
struct FixtureExpectation: Equatable, CustomStringConvertible {
    /// The expected severity.
    var severity: Diagnostic.Severity
    /// The expected 1-based line.
    var line: Int
    /// The expected 1-based column.
    var column: Int
    /// The expected code identifier.
    var code: String
    /// The exact message, when the fixture pins it.
    var message: String?

    /// `error 7:11 undefined-slot-reference`, the form used in fixtures.
    var description: String { "\(severity) \(line):\(column) \(code)" }

    /// The expectation a diagnostic meets, with its message when `withMessage` is set.
    init(_ diagnostic: Diagnostic, withMessage: Bool) {
        severity = diagnostic.severity
        line = diagnostic.span?.start.line ?? 0
        column = diagnostic.span?.start.column ?? 0
        code = diagnostic.code.id
        message = withMessage ? diagnostic.message : nil
    }

    private init?(expectLine text: Substring) {
        let fields = text.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count == 3,
            let severity = Diagnostic.Severity.allCases.first(where: { $0.description == fields[0] })
        else { return nil }
        let position = fields[1].split(separator: ":")
        guard position.count == 2, let line = Int(position[0]), let column = Int(position[1]) else { return nil }
        self.severity = severity
        self.line = line
        self.column = column
        self.code = String(fields[2])
    }

    /// The expectations in the leading comment block of `text`; `nil` when an expect line is malformed.
    static func parse(_ text: String) -> [FixtureExpectation]? {
        var result: [FixtureExpectation] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            if let rest = line.stripping("# expect: ") {
                guard let expectation = FixtureExpectation(expectLine: rest) else { return nil }
                result.append(expectation)
            } else if let rest = line.stripping("# message: ") {
                guard !result.isEmpty else { return nil }
                result[result.count - 1].message = String(rest)
            }
        }
        return result
    }
}

extension Substring {
    /// The rest of the line after `prefix`, or `nil` when it does not start with it.
    fileprivate func stripping(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
