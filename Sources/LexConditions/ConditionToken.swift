/// One token of a condition expression, with the text it was read from.
struct ConditionToken: Sendable, Hashable {
    /// The kinds of token.
    enum Kind: Sendable, Hashable {
        case leftParen
        case rightParen
        case and
        case or
        case not
        case contains
        case function(ConditionFunction)
        case comparator(ConditionComparator)
        case reference(ConditionReference)
        case constant(ConditionConstant)
        case end
    }

    let kind: Kind
    let range: ConditionRange
    /// The token as written.
    let text: String

    /// The token as messages name it: `'AND'`, `'{age}'`, or "the end of the expression".
    var quoted: String {
        switch kind {
        case .end: "the end of the expression"
        case .constant(let constant):
            if case .string = constant.kind { "the string \(text)" } else { "'\(text)'" }
        default: "'\(text)'"
        }
    }
}

/// The functions of the condition language.
enum ConditionFunction: String, Sendable, Hashable, CaseIterable {
    case isSet = "IS_SET"
    case count = "COUNT"
    case length = "LENGTH"

    /// The function as documented, such as `fn.IS_SET`.
    var spelling: String { "fn." + rawValue }
}
