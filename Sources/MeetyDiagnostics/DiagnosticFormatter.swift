/// Renders diagnostics as the lines editors and CI systems parse:
/// `file:line:col: severity: message [code]`, with notes on following lines.
///
/// Colour is an explicit setting rather than a guess, so output written to a file or compared in a
/// test never contains escape codes. The CLI turns colour on only when standard error is a terminal.
public struct DiagnosticFormatter: Sendable {
    /// Whether ANSI colour codes are written.
    public var colored: Bool

    /// Creates a formatter.
    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// A formatter that never writes colour codes.
    public static let plain = DiagnosticFormatter(colored: false)

    /// One diagnostic as a single line, without its notes.
    public func line(for diagnostic: Diagnostic) -> String {
        let location = diagnostic.span.map { "\($0.file):\($0.start.line):\($0.start.column): " } ?? ""
        let severity = paint("\(diagnostic.severity):", for: diagnostic.severity)
        return "\(location)\(severity) \(diagnostic.message) [\(diagnostic.code.id)]"
    }

    /// One diagnostic with its notes, one line each, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var text = line(for: diagnostic) + "\n"
        for note in diagnostic.notes {
            let location = note.span.map { "\($0.file):\($0.start.line):\($0.start.column): " } ?? ""
            text += "\(location)\(paint("note:", for: .note)) \(note.message)\n"
        }
        return text
    }

    /// Several diagnostics, each formatted with its notes.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    private func paint(_ text: String, for severity: Diagnostic.Severity) -> String {
        guard colored else { return text }
        let code =
            switch severity {
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;33m"
            case .note: "\u{1B}[1;36m"
            }
        return code + text + "\u{1B}[0m"
    }
}
