/// A diagnostic in the shape written by `--format json` and JSON reports.
///
/// A separate `Encodable` mirror keeps the wire format independent of the in-memory type: the
/// fields are flat, named for readers in other languages, and sorted when encoded.
public struct DiagnosticRecord: Codable, Hashable, Sendable {
    /// `error`, `warning` or `note`.
    public var severity: String
    /// The stable code.
    public var code: String
    /// The message text.
    public var message: String
    /// The file, if the diagnostic has a location.
    public var file: String?
    /// The 1-based line, if the diagnostic has a location.
    public var line: Int?
    /// The 1-based column, if the diagnostic has a location.
    public var column: Int?
    /// Notes, each as `file:line:col: text` or just the text.
    public var notes: [String]

    /// Mirrors a diagnostic.
    public init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.description
        code = diagnostic.code.id
        message = diagnostic.message
        file = diagnostic.span?.file
        line = diagnostic.span?.start.line
        column = diagnostic.span?.start.column
        notes = diagnostic.notes.map { note in
            note.span.map { "\($0): \(note.message)" } ?? note.message
        }
    }
}
