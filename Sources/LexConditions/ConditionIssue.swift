import MeetyDiagnostics

/// A syntax error in a condition: what is wrong and where, relative to the expression.
///
/// Thrown by `Condition(parsing:)` at the first problem, reading left to right, so the message
/// describes the leftmost place where the text stops being a condition.
public struct ConditionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A lowercase sentence naming what was found and what was expected.
    public var message: String
    /// The offending text (a single point at the end of the expression when it ends too early).
    public var range: ConditionRange

    /// Creates an error.
    public init(_ message: String, at range: ConditionRange) {
        self.message = message
        self.range = range
    }

    /// The error as a `condition-syntax` diagnostic in a file, for an expression written on one
    /// line starting at `expressionStart`.
    public func diagnostic(file: String, expressionStart: SourcePosition) -> Diagnostic {
        .error(.conditionSyntax, message, at: range.span(in: file, expressionStart: expressionStart))
    }

    /// `col N: message`.
    public var description: String { "\(range): \(message)" }
}

/// A warning or error about a condition that parses: an ambiguity, an undocumented form, or a
/// constant that does not fit the type of what it is compared with.
public struct ConditionIssue: Sendable, Hashable, CustomStringConvertible {
    /// Warning or error.
    public var severity: Diagnostic.Severity
    /// The stable code (one of `DiagnosticCode.conditionCodes`).
    public var code: DiagnosticCode
    /// A lowercase sentence naming the parts of the expression involved.
    public var message: String
    /// The part of the expression the issue is about.
    public var range: ConditionRange

    /// Creates an issue.
    public init(_ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, at range: ConditionRange) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
    }

    /// The issue as a diagnostic in a file, for an expression written on one line starting at
    /// `expressionStart`.
    public func diagnostic(file: String, expressionStart: SourcePosition) -> Diagnostic {
        Diagnostic(severity, code, message, at: range.span(in: file, expressionStart: expressionStart))
    }

    /// `col N: severity: message [code]`.
    public var description: String { "\(range): \(severity): \(message) [\(code)]" }
}
