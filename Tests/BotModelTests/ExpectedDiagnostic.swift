import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// One diagnostic a marker test expects: code, severity, the marker it points at and its message.
struct ExpectedDiagnostic {
    var severity: Diagnostic.Severity
    var code: DiagnosticCode
    var marker: String
    var message: String

    /// An expected error.
    static func error(_ code: DiagnosticCode, at marker: String, _ message: String) -> ExpectedDiagnostic {
        ExpectedDiagnostic(severity: .error, code: code, marker: marker, message: message)
    }

    /// An expected warning.
    static func warning(_ code: DiagnosticCode, at marker: String, _ message: String) -> ExpectedDiagnostic {
        ExpectedDiagnostic(severity: .warning, code: code, marker: marker, message: message)
    }
}

/// Loads `marked` and checks that it produces exactly `expected`, in position order: code,
/// severity, exact message and the position of each marker.
func expectDiagnostics(
    _ marked: MarkedText,
    _ expected: [ExpectedDiagnostic],
    strict: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = BotValidation.diagnostics(marked.text, strict: strict)
    let render = { (severity: Diagnostic.Severity, position: SourcePosition?, code: String, message: String) in
        "\(position.map(\.description) ?? "-") \(severity) [\(code)] \(message)"
    }
    let actualLines = actual.map { render($0.severity, $0.span?.start, $0.code.id, $0.message) }
    let expectedLines = expected.map { render($0.severity, marked[$0.marker], $0.code.id, $0.message) }
    #expect(actualLines == expectedLines, sourceLocation: sourceLocation)
}

/// Loads `text` and checks that it produces no diagnostics, not even in strict mode.
func expectClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let diagnostics = BotValidation.diagnostics(text, strict: true)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))", sourceLocation: sourceLocation)
}
