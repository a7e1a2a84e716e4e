/// A parsed Lex V2 condition (the `expressionString` of a conditional branch): a tree of boolean
/// operators over comparisons, `CONTAINS` tests and `fn.IS_SET` tests.
///
/// Every node keeps the range of text it was parsed from, so validation and evaluation traces can
/// point at the exact part of the expression they are about.
public struct ConditionExpression: Sendable, Hashable {
    /// What the node is.
    public var kind: Kind
    /// The text the node covers, parentheses included for `parenthesized`.
    public var range: ConditionRange

    /// Creates a node.
    public init(_ kind: Kind, range: ConditionRange) {
        self.kind = kind
        self.range = range
    }

    /// The node kinds of the condition language (grammar in docs/conditions.md).
    public indirect enum Kind: Sendable, Hashable {
        /// `left AND right` (also `&&`); evaluated left to right, stopping at the first false.
        case and(ConditionExpression, ConditionExpression)
        /// `left OR right` (also `||`); evaluated left to right, stopping at the first true.
        case or(ConditionExpression, ConditionExpression)
        /// `NOT operand` (also `!`).
        case not(ConditionExpression)
        /// `( inner )`; kept so the tree can be printed back and precedence warnings can tell
        /// grouped operators from bare ones.
        case parenthesized(ConditionExpression)
        /// `operand comparator constant`, such as `{age} >= 18` or `fn.COUNT({toppings}) > 2`.
        case comparison(ConditionOperand, ConditionComparator, ConditionConstant)
        /// `reference CONTAINS constant`: whether a multi-valued slot holds a value.
        case contains(ConditionReference, ConditionConstant)
        /// `fn.IS_SET(reference)`: whether a slot or attribute has a value.
        case isSet(ConditionReference)
    }
}

/// The left-hand side of a comparison: a reference, or a function of one.
public enum ConditionOperand: Sendable, Hashable {
    /// The value of a reference.
    case reference(ConditionReference)
    /// `fn.COUNT(reference)`: how many values a multi-valued slot holds. The range covers the call.
    case count(ConditionReference, ConditionRange)
    /// `fn.LENGTH(reference)`: how many characters a value has. The range covers the call.
    case length(ConditionReference, ConditionRange)

    /// The reference inside the operand.
    public var reference: ConditionReference {
        switch self {
        case .reference(let reference), .count(let reference, _), .length(let reference, _): reference
        }
    }

    /// The text the operand covers.
    public var range: ConditionRange {
        switch self {
        case .reference(let reference): reference.range
        case .count(_, let range), .length(_, let range): range
        }
    }
}

/// A comparison operator.
public enum ConditionComparator: String, Sendable, Hashable, CaseIterable {
    /// `=`
    case equal = "="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
}
