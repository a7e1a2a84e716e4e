/// A problem found in user input, reported with a stable code and the place it was found.
///
/// One type serves every stage (YAML parsing, bot validation, conversation checking, test
/// failures), so every problem prints the same way: `file:line:col: severity: message [code]`.
/// It is an `Error` so a stage can throw the diagnostic that stopped it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is. `--strict` promotes warnings to errors.
    public enum Severity: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
        /// Additional information attached to another diagnostic.
        case note
        /// Something that works but is probably not what the author meant.
        case warning
        /// Something that stops compilation or fails a run.
        case error

        /// Orders by seriousness.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The lowercase word printed in diagnostics.
        public var description: String {
            switch self {
            case .note: "note"
            case .warning: "warning"
            case .error: "error"
            }
        }
    }

    /// A secondary message with its own optional location, such as "first defined here".
    public struct Note: Hashable, Sendable {
        /// The note's text.
        public var message: String
        /// Where the note points, if anywhere.
        public var span: SourceSpan?

        /// Creates a note.
        public init(_ message: String, at span: SourceSpan? = nil) {
            self.message = message
            self.span = span
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The stable code identifying the kind of problem.
    public var code: DiagnosticCode
    /// A lowercase sentence naming the entities involved.
    public var message: String
    /// Where the problem is; `nil` only for problems that belong to no file.
    public var span: SourceSpan?
    /// Secondary messages printed after the diagnostic.
    public var notes: [Note]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        _ message: String,
        at span: SourceSpan?,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.notes = notes
    }

    /// An error diagnostic.
    public static func error(
        _ code: DiagnosticCode,
        _ message: String,
        at span: SourceSpan?,
        notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: span, notes: notes)
    }

    /// A warning diagnostic.
    public static func warning(
        _ code: DiagnosticCode,
        _ message: String,
        at span: SourceSpan?,
        notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: span, notes: notes)
    }

    /// The diagnostic as one line, without notes or colour.
    public var description: String { DiagnosticFormatter.plain.line(for: self) }
}
