/// Parses Lex's restricted regex syntax into `SlotRegex.Node`s (see `SlotRegex`).
struct SlotRegexParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ pattern: String) {
        self.scalars = Array(pattern.unicodeScalars)
    }

    /// Parses the whole pattern; a leading `^` and a trailing `$` are accepted and ignored,
    /// since the whole value must match anyway.
    mutating func parse() throws(SlotRegexError) -> SlotRegex.Node {
        var end = scalars.count
        if scalars.first == "^" { position = 1 }
        if end > position, scalars[end - 1] == "$", end < 2 || scalars[end - 2] != "\\" { end -= 1 }
        let node = try alternation(until: end)
        guard position == end else { throw error("unexpected ')'") }
        return node
    }

    private mutating func alternation(until end: Int) throws(SlotRegexError) -> SlotRegex.Node {
        var branches = [try sequence(until: end)]
        while position < end, scalars[position] == "|" {
            position += 1
            branches.append(try sequence(until: end))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence(until end: Int) throws(SlotRegexError) -> SlotRegex.Node {
        var nodes: [SlotRegex.Node] = []
        while position < end, scalars[position] != "|", scalars[position] != ")" {
            let atom = try atom(until: end)
            nodes.append(try quantified(atom, until: end))
        }
        return nodes.count == 1 ? nodes[0] : .sequence(nodes)
    }

    private mutating func atom(until end: Int) throws(SlotRegexError) -> SlotRegex.Node {
        let scalar = scalars[position]
        switch scalar {
        case "(":
            position += 1
            if position + 1 < end, scalars[position] == "?", scalars[position + 1] == ":" { position += 2 }
            let inner = try alternation(until: end)
            guard position < end, scalars[position] == ")" else { throw error("unclosed group") }
            position += 1
            return inner
        case "[":
            return .character(try characterClass(until: end))
        case ".": throw error("the wildcard '.' is not supported")
        case "*", "+": throw error("unbounded repetition '\(scalar)' is not supported")
        case "?", "{": throw error("'\(scalar)' has nothing to repeat")
        case "]", "}": throw error("unbalanced '\(scalar)'")
        case "^", "$": throw error("anchor '\(scalar)' is only allowed at the ends")
        default:
            let value = try literal(until: end)
            return .character(SlotRegex.CharacterSet(ranges: [value...value], negated: false))
        }
    }

    /// A literal character, `\uXXXX` or an escaped metacharacter.
    private mutating func literal(until end: Int) throws(SlotRegexError) -> UInt32 {
        let scalar = scalars[position]
        position += 1
        guard scalar == "\\" else { return scalar.value }
        guard position < end else { throw error("dangling '\\'") }
        let escaped = scalars[position]
        position += 1
        if escaped == "u" {
            guard position + 4 <= end, scalars[position..<position + 4].allSatisfy(\.properties.isASCIIHexDigit),
                let value = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16)
            else { throw error("'\\u' needs four hexadecimal digits") }
            position += 4
            return value
        }
        guard "\\.*+?()[]{}|^$-/".unicodeScalars.contains(escaped) else {
            throw error("escape '\\\(escaped)' is not supported (use a class such as [0-9])")
        }
        return escaped.value
    }

    private mutating func characterClass(until end: Int) throws(SlotRegexError) -> SlotRegex.CharacterSet {
        position += 1
        var set = SlotRegex.CharacterSet(ranges: [], negated: false)
        if position < end, scalars[position] == "^" {
            set.negated = true
            position += 1
        }
        while position < end, scalars[position] != "]" {
            let lower = try literal(until: end)
            if position + 1 < end, scalars[position] == "-", scalars[position + 1] != "]" {
                position += 1
                let upper = try literal(until: end)
                guard lower <= upper else { throw error("range out of order in a character class") }
                set.ranges.append(lower...upper)
            } else {
                set.ranges.append(lower...lower)
            }
        }
        guard position < end, !set.ranges.isEmpty else { throw error("unclosed or empty character class") }
        position += 1
        return set
    }

    private mutating func quantified(_ atom: SlotRegex.Node, until end: Int) throws(SlotRegexError) -> SlotRegex.Node {
        guard position < end else { return atom }
        switch scalars[position] {
        case "?":
            position += 1
            return .repetition(atom, min: 0, max: 1)
        case "*", "+":
            throw error("unbounded repetition '\(scalars[position])' is not supported")
        case "{":
            position += 1
            let lower = number(until: end)
            var upper = lower
            if position < end, scalars[position] == "," {
                position += 1
                upper = number(until: end)
                guard upper != nil else { throw error("unbounded repetition '{n,}' is not supported") }
            }
            guard let min = lower, let max = upper, position < end, scalars[position] == "}", min <= max, max <= 1000
            else { throw error("malformed repetition") }
            position += 1
            return .repetition(atom, min: min, max: max)
        default:
            return atom
        }
    }

    private mutating func number(until end: Int) -> Int? {
        var digits = ""
        while position < end, scalars[position].properties.numericType == .decimal, scalars[position].isASCII {
            digits.unicodeScalars.append(scalars[position])
            position += 1
        }
        return Int(digits)
    }

    private func error(_ message: String) -> SlotRegexError {
        SlotRegexError(message: "\(message) at offset \(position)")
    }
}
