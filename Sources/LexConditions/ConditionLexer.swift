import MeetyDiagnostics

/// Splits a condition into tokens on demand, so the parser reports the leftmost problem whether it
/// is a bad character or a misplaced token.
///
/// Positions are Unicode scalar offsets into the expression. Keywords are recognised in any case;
/// a spelling other than upper case is accepted with a `condition-keyword-case` warning.
struct ConditionLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    /// Warnings found while reading tokens.
    private(set) var warnings: [ConditionIssue] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The next token; `.end` once the text is used up.
    mutating func next() throws(ConditionSyntaxError) -> ConditionToken {
        while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
        let start = position
        guard position < scalars.count else { return token(.end, from: start) }
        let scalar = scalars[position]
        switch scalar {
        case "(":
            if let attribute = requestAttribute() { return attribute }
            position += 1
            return token(.leftParen, from: start)
        case ")":
            position += 1
            return token(.rightParen, from: start)
        case "{": return try slotReference()
        case "[": return try sessionAttribute()
        case "$": return try path()
        case "\"": return try string()
        case "'":
            throw ConditionSyntaxError(
                "strings are written in double quotes (\"...\"), not single quotes",
                at: ConditionRange(start, start + 1))
        case "=", "!", "<", ">", "&", "|": return try symbol()
        default:
            if Self.isWordStart(scalar) || (scalar == "-" && isDigit(at: position + 1)) { return try word() }
            throw ConditionSyntaxError(
                "unexpected character \(Self.quoted(scalar))", at: ConditionRange(start, start + 1))
        }
    }

    // MARK: References

    /// `((name))` when the text at the position is one; `nil` leaves it to be read as `(`.
    private mutating func requestAttribute() -> ConditionToken? {
        let start = position
        guard scalar(at: start + 1) == "(" else { return nil }
        var end = start + 2
        while end < scalars.count, Self.isAttributeCharacter(scalars[end]) { end += 1 }
        guard end > start + 2, scalar(at: end) == ")", scalar(at: end + 1) == ")" else { return nil }
        let name = text(start + 2, end)
        position = end + 2
        let reference = ConditionReference(
            .requestAttribute(name), range: ConditionRange(start, position), nameRange: ConditionRange(start + 2, end))
        return token(.reference(reference), from: start)
    }

    private mutating func slotReference() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        position += 1
        let name = try slotName(after: "'{'", openedAt: start)
        var subSlot: (text: String, range: ConditionRange)?
        if scalar(at: position) == "." {
            position += 1
            subSlot = try slotName(after: "'.'", openedAt: start)
        }
        try close("}", opened: "{", at: start, what: "slot reference")
        let reference = ConditionReference(
            .slot(name: name.text, subSlot: subSlot?.text),
            range: ConditionRange(start, position),
            nameRange: ConditionRange(name.range.lowerBound, (subSlot ?? name).range.upperBound)
        )
        return token(.reference(reference), from: start)
    }

    private mutating func slotName(after what: String, openedAt start: Int) throws(ConditionSyntaxError) -> (
        text: String, range: ConditionRange
    ) {
        let nameStart = position
        while position < scalars.count, Self.isSlotNameCharacter(scalars[position]) { position += 1 }
        guard position > nameStart else {
            if scalar(at: position) == "}" && what == "'{'" {
                throw ConditionSyntaxError("empty slot reference '{}'", at: ConditionRange(start, position + 1))
            }
            throw ConditionSyntaxError(
                "expected a slot name after \(what) but found \(describe(at: position))",
                at: ConditionRange(position, position + 1))
        }
        return (text(nameStart, position), ConditionRange(nameStart, position))
    }

    private mutating func sessionAttribute() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        position += 1
        while position < scalars.count, Self.isAttributeCharacter(scalars[position]) { position += 1 }
        guard position > start + 1 else {
            if scalar(at: position) == "]" {
                throw ConditionSyntaxError(
                    "empty session attribute reference '[]'", at: ConditionRange(start, position + 1))
            }
            throw ConditionSyntaxError(
                "expected a session attribute name after '[' but found \(describe(at: position))",
                at: ConditionRange(position, position + 1))
        }
        let nameRange = ConditionRange(start + 1, position)
        try close("]", opened: "[", at: start, what: "session attribute reference")
        let reference = ConditionReference(
            .sessionAttribute(text(nameRange.lowerBound, nameRange.upperBound)),
            range: ConditionRange(start, position), nameRange: nameRange)
        return token(.reference(reference), from: start)
    }

    private mutating func close(_ closer: Unicode.Scalar, opened: String, at start: Int, what: String)
        throws(ConditionSyntaxError)
    {
        guard position < scalars.count else {
            throw ConditionSyntaxError(
                "unterminated \(what): the '\(opened)' at col \(start + 1) has no closing '\(closer)'",
                at: ConditionRange(start, start + 1))
        }
        guard scalars[position] == closer else {
            throw ConditionSyntaxError(
                "expected '\(closer)' to end the \(what) but found \(describe(at: position))",
                at: ConditionRange(position, position + 1))
        }
        position += 1
    }

    private mutating func path() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        position += 1
        var components: [ConditionPath.Component] = []
        while position < scalars.count {
            if scalars[position] == "." {
                position += 1
                let nameStart = position
                if position < scalars.count, Self.isIdentifierStart(scalars[position]) {
                    position += 1
                    while position < scalars.count, Self.isIdentifierCharacter(scalars[position]) { position += 1 }
                }
                guard position > nameStart else {
                    throw ConditionSyntaxError(
                        "expected a name after '.' in a JSON path but found \(describe(at: position))",
                        at: ConditionRange(position, position + 1))
                }
                components.append(.member(text(nameStart, position)))
            } else if scalars[position] == "[", !components.isEmpty {
                let open = position
                position += 1
                let digitsStart = position
                while isDigit(at: position) { position += 1 }
                guard position > digitsStart, let index = Int(text(digitsStart, position)) else {
                    throw ConditionSyntaxError(
                        "expected a list index after '[' in a JSON path but found \(describe(at: position))",
                        at: ConditionRange(position, position + 1))
                }
                try close("]", opened: "[", at: open, what: "JSON path index")
                components.append(.index(index))
            } else {
                break
            }
        }
        guard !components.isEmpty else {
            throw ConditionSyntaxError(
                "a JSON path is written '$.name', as in $.inputTranscript", at: ConditionRange(start, start + 1))
        }
        let path = ConditionPath(components)
        let range = ConditionRange(start, position)
        return token(.reference(ConditionReference(.path(path), range: range, nameRange: range)), from: start)
    }

    // MARK: Constants and words

    private mutating func string() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while position < scalars.count, scalars[position] != "\"" {
            if scalars[position] == "\\", let next = scalar(at: position + 1), next == "\"" || next == "\\" {
                value.append(next)
                position += 2
            } else {
                value.append(scalars[position])
                position += 1
            }
        }
        guard position < scalars.count else {
            throw ConditionSyntaxError(
                "unterminated string: the '\"' at col \(start + 1) has no closing quote",
                at: ConditionRange(start, start + 1))
        }
        position += 1
        let constant = ConditionConstant(.string(String(value)), range: ConditionRange(start, position))
        return token(.constant(constant), from: start)
    }

    private mutating func word() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        position += 1
        while position < scalars.count, Self.isWordCharacter(scalars[position]) { position += 1 }
        let word = text(start, position)
        let range = ConditionRange(start, position)
        let upper = word.uppercased()
        let keywords: [String: ConditionToken.Kind] = ["AND": .and, "OR": .or, "NOT": .not, "CONTAINS": .contains]
        if let keyword = keywords[upper] {
            warnIfNotUpperCase(word, expected: upper, at: range)
            return token(keyword, from: start)
        }
        if upper.hasPrefix("FN.") {
            let name = String(upper.dropFirst(3))
            guard let function = ConditionFunction(rawValue: name) else {
                throw ConditionSyntaxError(
                    "unknown function '\(word)'; Lex has fn.COUNT, fn.IS_SET and fn.LENGTH", at: range)
            }
            warnIfNotUpperCase(word, expected: function.spelling, at: range)
            return token(.function(function), from: start)
        }
        let kind: ConditionConstant.Kind = Self.isNumber(word) ? .number(word) : .bareWord(word)
        return token(.constant(ConditionConstant(kind, range: range)), from: start)
    }

    private mutating func warnIfNotUpperCase(_ word: String, expected: String, at range: ConditionRange) {
        guard word != expected else { return }
        warnings.append(
            ConditionIssue(
                .warning, .conditionKeywordCase,
                "'\(word)' is not written in upper case; Lex documents it as '\(expected)'", at: range))
    }

    private mutating func symbol() throws(ConditionSyntaxError) -> ConditionToken {
        let start = position
        let first = scalars[position]
        let second = scalar(at: position + 1)
        let pair = second.map { String(first) + String($0) } ?? String(first)
        let twoCharacter: [String: ConditionToken.Kind] = [
            "!=": .comparator(.notEqual), "<=": .comparator(.lessOrEqual), ">=": .comparator(.greaterOrEqual),
            "&&": .and, "||": .or,
        ]
        if let kind = twoCharacter[pair] {
            position += 2
            return token(kind, from: start)
        }
        let problems: [String: String] = [
            "==": "'==' is not an operator; Lex compares with '='",
            "<>": "'<>' is not an operator; write '!=' for not equal",
        ]
        if let problem = problems[pair] { throw ConditionSyntaxError(problem, at: ConditionRange(start, start + 2)) }
        let oneCharacter: [Unicode.Scalar: ConditionToken.Kind] = [
            "=": .comparator(.equal), "<": .comparator(.less), ">": .comparator(.greater), "!": .not,
        ]
        guard let kind = oneCharacter[first] else {
            throw ConditionSyntaxError(
                "a single '\(first)' is not an operator; write \(first == "&" ? "AND or &&" : "OR or ||")",
                at: ConditionRange(start, start + 1))
        }
        position += 1
        return token(kind, from: start)
    }

    // MARK: Helpers

    private func token(_ kind: ConditionToken.Kind, from start: Int) -> ConditionToken {
        ConditionToken(kind: kind, range: ConditionRange(start, position), text: text(start, position))
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private func scalar(at index: Int) -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private func isDigit(at index: Int) -> Bool {
        guard let scalar = scalar(at: index) else { return false }
        return ("0"..."9").contains(scalar)
    }

    /// What is at `index`, for messages: `'x'` or "the end of the expression".
    private func describe(at index: Int) -> String {
        guard let scalar = scalar(at: index) else { return "the end of the expression" }
        return Self.isSpace(scalar) ? "a space" : Self.quoted(scalar)
    }
}
