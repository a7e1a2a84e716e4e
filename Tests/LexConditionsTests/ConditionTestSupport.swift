import LexConditions

extension ConditionExpression {
    /// The tree as an S-expression, for comparing shapes in tests: `(or (and A B) C)`, where a
    /// comparison prints as `{age} >= 18` and parentheses as `(group ...)`.
    var shape: String {
        switch kind {
        case .and(let left, let right): "(and \(left.shape) \(right.shape))"
        case .or(let left, let right): "(or \(left.shape) \(right.shape))"
        case .not(let operand): "(not \(operand.shape))"
        case .parenthesized(let inner): "(group \(inner.shape))"
        case .isSet(let reference): "is_set(\(reference.text))"
        case .contains(let reference, let constant): "\(reference.text) contains \(constant.shape)"
        case .comparison(let operand, let comparator, let constant):
            "\(operand.shape) \(comparator.rawValue) \(constant.shape)"
        }
    }
}

extension ConditionOperand {
    var shape: String {
        switch self {
        case .reference(let reference): reference.text
        case .count(let reference, _): "count(\(reference.text))"
        case .length(let reference, _): "length(\(reference.text))"
        }
    }
}

extension ConditionConstant {
    var shape: String {
        switch kind {
        case .string(let text): "\"\(text)\""
        case .number(let text): "#\(text)"
        case .bareWord(let text): "word:\(text)"
        }
    }
}

/// Parses `text`, returning the tree's shape, or `error@COLUMN: message`.
func parseShape(_ text: String) -> String {
    do {
        return try Condition(parsing: text).expression.shape
    } catch {
        return "error@\(error.range.column): \(error.message)"
    }
}

/// Parses `text`, which must parse.
func condition(_ text: String) throws -> Condition {
    try Condition(parsing: text)
}
