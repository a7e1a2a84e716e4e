import MeetyDiagnostics

/// A recursive-descent parser for the grammar in docs/conditions.md.
///
/// Precedence, tightest first: `NOT`, `AND`, `OR`; `AND` and `OR` associate to the left. Lex does
/// not document its precedence, so an `OR` with a bare `AND` operand gets a
/// `condition-ambiguous-precedence` warning. The first problem ends parsing with a
/// `ConditionSyntaxError` at its position.
struct ConditionParser {
    /// Parentheses and `NOT`s deeper than this are refused, so no input can exhaust the stack
    /// (Lex limits an expression to 1,024 characters; real ones nest two or three levels).
    static let maximumDepth = 100

    private var lexer: ConditionLexer
    private var current: ConditionToken
    private(set) var warnings: [ConditionIssue] = []

    init(_ text: String) throws(ConditionSyntaxError) {
        lexer = ConditionLexer(text)
        current = ConditionToken(kind: .end, range: ConditionRange(0, 0), text: "")
        current = try lexer.next()
    }

    /// Parses the whole text as one condition.
    mutating func parseCondition() throws(ConditionSyntaxError) -> ConditionExpression {
        if case .end = current.kind {
            throw ConditionSyntaxError("the condition is empty", at: current.range)
        }
        let expression = try parseOr(depth: 0)
        switch current.kind {
        case .end:
            break
        case .rightParen:
            throw ConditionSyntaxError("unexpected ')' without a matching '('", at: current.range)
        default:
            throw ConditionSyntaxError(
                "expected AND, OR or the end of the condition but found \(current.quoted)", at: current.range)
        }
        warnings = (lexer.warnings + warnings).sorted { $0.range < $1.range }
        return expression
    }

    private mutating func advance() throws(ConditionSyntaxError) {
        current = try lexer.next()
    }

    private mutating func parseOr(depth: Int) throws(ConditionSyntaxError) -> ConditionExpression {
        var left = try parseAnd(depth: depth)
        while case .or = current.kind {
            let operatorRange = current.range
            try advance()
            let right = try parseAnd(depth: depth)
            if Self.isBareAnd(left) || Self.isBareAnd(right) {
                warnings.append(
                    ConditionIssue(
                        .warning, .conditionAmbiguousPrecedence,
                        "AND and OR are mixed without parentheses; this reads as (... AND ...) OR ..., "
                            + "but Lex does not document which binds tighter", at: operatorRange))
            }
            left = ConditionExpression(.or(left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseAnd(depth: Int) throws(ConditionSyntaxError) -> ConditionExpression {
        var left = try parseNot(depth: depth)
        while case .and = current.kind {
            try advance()
            let right = try parseNot(depth: depth)
            left = ConditionExpression(.and(left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseNot(depth: Int) throws(ConditionSyntaxError) -> ConditionExpression {
        guard case .not = current.kind else { return try parsePrimary(depth: depth) }
        let operatorRange = current.range
        try checkDepth(depth + 1)
        try advance()
        let operand = try parseNot(depth: depth + 1)
        return ConditionExpression(.not(operand), range: operatorRange.union(operand.range))
    }

    private mutating func parsePrimary(depth: Int) throws(ConditionSyntaxError) -> ConditionExpression {
        let token = current
        switch token.kind {
        case .leftParen:
            try checkDepth(depth + 1)
            try advance()
            let inner = try parseOr(depth: depth + 1)
            guard case .rightParen = current.kind else {
                throw ConditionSyntaxError(
                    "expected ')' to close the '(' at col \(token.range.column) but found \(current.quoted)",
                    at: current.range)
            }
            let range = token.range.union(current.range)
            try advance()
            return ConditionExpression(.parenthesized(inner), range: range)
        case .function(let function):
            let (reference, callRange) = try parseCall(function)
            switch function {
            case .isSet:
                if case .comparator = current.kind {
                    throw ConditionSyntaxError(
                        "fn.IS_SET is a condition on its own and cannot be compared; "
                            + "write fn.IS_SET(...) or NOT fn.IS_SET(...)", at: current.range)
                }
                return ConditionExpression(.isSet(reference), range: callRange)
            case .count:
                return try parseComparison(.count(reference, callRange))
            case .length:
                return try parseComparison(.length(reference, callRange))
            }
        case .reference(let reference):
            try advance()
            if case .contains = current.kind {
                try advance()
                let constant = try parseConstant(after: "CONTAINS")
                return ConditionExpression(
                    .contains(reference, constant), range: reference.range.union(constant.range))
            }
            return try parseComparison(.reference(reference))
        case .constant:
            throw ConditionSyntaxError(
                "a comparison starts with a reference ({slot}, [attribute], ((attribute)) or $.path), "
                    + "not with a constant such as \(token.quoted)", at: token.range)
        case .end:
            throw ConditionSyntaxError("expected a condition but the condition ends", at: token.range)
        case .rightParen:
            throw ConditionSyntaxError("expected a condition but found ')'", at: token.range)
        case .and, .or, .comparator, .contains, .not:
            throw ConditionSyntaxError("expected a condition before \(token.quoted)", at: token.range)
        }
    }

    /// `fn.NAME ( reference )`; the current token is the function name.
    private mutating func parseCall(_ function: ConditionFunction) throws(ConditionSyntaxError) -> (
        ConditionReference, ConditionRange
    ) {
        let nameRange = current.range
        try advance()
        guard case .leftParen = current.kind else {
            throw ConditionSyntaxError(
                "expected '(' after \(function.spelling) but found \(current.quoted)", at: current.range)
        }
        try advance()
        guard case .reference(let reference) = current.kind else {
            throw ConditionSyntaxError(
                "the argument of \(function.spelling) must be a reference ({slot}, [attribute] or ((attribute))), "
                    + "not \(current.quoted)", at: current.range)
        }
        if case .path = reference.target {
            warnings.append(
                ConditionIssue(
                    .warning, .conditionUndocumentedReference,
                    "Lex documents \(function.spelling) for slots and attributes, not for the path \(reference.text)",
                    at: reference.range))
        }
        try advance()
        guard case .rightParen = current.kind else {
            throw ConditionSyntaxError(
                "expected ')' after the argument of \(function.spelling) but found \(current.quoted)",
                at: current.range)
        }
        let range = nameRange.union(current.range)
        try advance()
        return (reference, range)
    }

    /// `comparator constant` after an operand.
    private mutating func parseComparison(_ operand: ConditionOperand) throws(ConditionSyntaxError)
        -> ConditionExpression
    {
        guard case .comparator(let comparator) = current.kind else {
            let hint: String
            switch operand {
            case .reference(let reference): hint = "after \(reference.text)"
            case .count: hint = "after fn.COUNT(...), which gives a number"
            case .length: hint = "after fn.LENGTH(...), which gives a number"
            }
            let expected: String
            if case .reference = operand {
                expected = "a comparison operator or CONTAINS"
            } else {
                expected = "a comparison operator"
            }
            throw ConditionSyntaxError("expected \(expected) \(hint) but found \(current.quoted)", at: current.range)
        }
        try advance()
        let constant = try parseConstant(after: "'\(comparator.rawValue)'")
        return ConditionExpression(
            .comparison(operand, comparator, constant), range: operand.range.union(constant.range))
    }

    private mutating func parseConstant(after what: String) throws(ConditionSyntaxError) -> ConditionConstant {
        switch current.kind {
        case .constant(let constant):
            try advance()
            return constant
        case .reference(let reference):
            throw ConditionSyntaxError(
                "the right-hand side of a comparison must be a constant, not the reference \(reference.text)",
                at: current.range)
        default:
            throw ConditionSyntaxError(
                "expected a constant after \(what) but found \(current.quoted)", at: current.range)
        }
    }

    private func checkDepth(_ depth: Int) throws(ConditionSyntaxError) {
        guard depth <= Self.maximumDepth else {
            throw ConditionSyntaxError(
                "the condition nests parentheses or NOTs more than \(Self.maximumDepth) levels deep", at: current.range)
        }
    }

    private static func isBareAnd(_ expression: ConditionExpression) -> Bool {
        if case .and = expression.kind { return true }
        return false
    }
}
