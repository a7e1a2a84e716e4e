import MeetyDiagnostics

extension DiagnosticCode {
    /// A condition expression does not parse.
    public static let conditionSyntax = DiagnosticCode(
        "condition-syntax",
        summary: "A condition expression does not parse; the message names what was found and what was expected."
    )
    /// A keyword or function name is not written in upper case.
    public static let conditionKeywordCase = DiagnosticCode(
        "condition-keyword-case",
        summary: "A condition keyword or function (and, fn.is_set) is not in upper case, the only case Lex documents."
    )
    /// AND and OR are mixed without parentheses.
    public static let conditionAmbiguousPrecedence = DiagnosticCode(
        "condition-ambiguous-precedence",
        summary: "A condition mixes AND and OR without parentheses; Lex does not document which binds tighter."
    )
    /// A reference form Lex does not document for conditions.
    public static let conditionUndocumentedReference = DiagnosticCode(
        "condition-undocumented-reference",
        summary: "A condition reads a sub-slot or a $. path that Lex does not document for conditions."
    )
    /// A constant that cannot be compared with what it is compared with.
    public static let conditionTypeMismatch = DiagnosticCode(
        "condition-type-mismatch",
        summary:
            "A condition compares a value with a constant of another type (a number slot with a word, a function "
            + "on a slot it does not support)."
    )
    /// CONTAINS or fn.COUNT on a slot that takes one value.
    public static let conditionScalarQuantifier = DiagnosticCode(
        "condition-scalar-quantifier",
        summary:
            "A condition uses CONTAINS or fn.COUNT on a slot that takes one value; they are for multi-valued slots."
    )

    /// Every code the LexConditions module declares.
    public static let conditionCodes: [DiagnosticCode] = [
        .conditionSyntax, .conditionKeywordCase, .conditionAmbiguousPrecedence, .conditionUndocumentedReference,
        .conditionTypeMismatch, .conditionScalarQuantifier,
    ]
}
