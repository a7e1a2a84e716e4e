/// Collects the diagnostics of a stage so that one run reports every problem, not just the first.
///
/// Stages take a bag `inout` and keep going after an error where they can; between stages the
/// pipeline stops when `hasErrors` is set. A value type, so a bag can be passed between tasks.
public struct DiagnosticBag: Sendable {
    /// Everything emitted so far, in emission order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty bag.
    public init() {}

    /// Whether any error has been emitted.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether any warning has been emitted.
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }

    /// The number of errors emitted.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// The number of warnings emitted.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Adds a diagnostic.
    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds an error.
    public mutating func error(
        _ code: DiagnosticCode,
        _ message: String,
        at span: SourceSpan?,
        notes: [Diagnostic.Note] = []
    ) {
        emit(.error(code, message, at: span, notes: notes))
    }

    /// Adds a warning.
    public mutating func warning(
        _ code: DiagnosticCode,
        _ message: String,
        at span: SourceSpan?,
        notes: [Diagnostic.Note] = []
    ) {
        emit(.warning(code, message, at: span, notes: notes))
    }

    /// Adds every diagnostic of another bag.
    public mutating func append(contentsOf other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Adds a list of diagnostics.
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Turns every warning into an error, as `--strict` asks.
    public mutating func promoteWarningsToErrors() {
        for index in diagnostics.indices where diagnostics[index].severity == .warning {
            diagnostics[index].severity = .error
        }
    }

    /// The diagnostics in a stable order: by file, line, column, then severity (errors first),
    /// code and message. Batch output uses this so reports diff cleanly.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let l = lhs.element
            let r = rhs.element
            let lk = (l.span?.file ?? "", l.span?.start.line ?? 0, l.span?.start.column ?? 0)
            let rk = (r.span?.file ?? "", r.span?.start.line ?? 0, r.span?.start.column ?? 0)
            if lk != rk { return lk < rk }
            if l.severity != r.severity { return l.severity > r.severity }
            if l.code != r.code { return l.code < r.code }
            if l.message != r.message { return l.message < r.message }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
