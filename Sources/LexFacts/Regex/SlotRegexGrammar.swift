/// Parses a regex slot type's pattern in the subset of regular expressions Lex accepts, into the
/// `SlotRegex.Node` tree the simulator matches with.
///
/// Lex allows letters A–Z and a–z, digits, `\uXXXX` escapes, character classes with ranges,
/// groups, alternation `|`, and the bounded repeats `?`, `{n}` and `{n,m}`. It rejects the wildcard
/// `.` and unbounded repeats `*`, `+` and `{n,}` (Lex V2 guide, AMAZON.AlphaNumeric). A literal `-`
/// outside a class is accepted too: the guide does not list it, but a real console export uses it
/// (aws-cloud-assistant's `bucketName`, `[0-9][a-z]-`), so Lex takes it. Anything
/// else (anchors, other escapes, punctuation, `(?:`, negated classes) is rejected too, so a pattern
/// that parses here is one the Lex console accepts, and the compiler and the simulator agree on
/// every pattern. A recursive-descent parser: nesting depth is bounded by the 300-character limit,
/// which callers check first.
struct SlotRegexGrammar {
    private let characters: [Character]
    private var index = 0

    private init(_ pattern: String) {
        characters = Array(pattern)
    }

    /// The tree of `pattern`, or the reason Lex rejects it as a phrase ("'.' at character 6 is a wildcard ...").
    static func parse(_ pattern: String) -> Result<SlotRegex.Node, SlotRegexError> {
        var grammar = SlotRegexGrammar(pattern)
        do {
            let root = try grammar.alternation()
            if grammar.index < grammar.characters.count {
                return .failure(SlotRegexError(message: "a ')' at character \(grammar.index + 1) closes no group"))
            }
            return .success(root)
        } catch {
            return .failure(error)
        }
    }

    private var peek: Character? { index < characters.count ? characters[index] : nil }
    private var position: Int { index + 1 }

    private func problem(_ message: String) -> SlotRegexError {
        SlotRegexError(message: message)
    }

    private mutating func alternation() throws(SlotRegexError) -> SlotRegex.Node {
        var branches = [try branch()]
        while peek == "|" {
            index += 1
            branches.append(try branch())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func branch() throws(SlotRegexError) -> SlotRegex.Node {
        var nodes: [SlotRegex.Node] = []
        while let character = peek, character != "|", character != ")" {
            let atom = try atom()
            nodes.append(try quantifier(atom))
        }
        return nodes.count == 1 ? nodes[0] : .sequence(nodes)
    }

    private mutating func atom() throws(SlotRegexError) -> SlotRegex.Node {
        let character = characters[index]
        switch character {
        case _ where Self.isAlphanumeric(character) || character == "-":
            index += 1
            let value = character.unicodeScalars.first!.value
            return .character(SlotRegex.CharacterSet(ranges: [value...value]))
        case "\\":
            let value = try escape()
            return .character(SlotRegex.CharacterSet(ranges: [value...value]))
        case "[":
            return .character(try characterClass())
        case "(":
            let start = position
            index += 1
            if peek == "?" { throw problem("'(?' at character \(start) is a group form Lex does not allow") }
            if peek == ")" { throw problem("'()' at character \(start) is an empty group") }
            let inner = try alternation()
            guard peek == ")" else { throw problem("the '(' at character \(start) is never closed") }
            index += 1
            return inner
        case ".":
            throw problem("'.' at character \(position) is a wildcard, which Lex does not allow")
        case "*", "+":
            throw problem("'\(character)' at character \(position) repeats without limit")
        case "?", "{":
            throw problem("'\(character)' at character \(position) repeats nothing")
        case "^", "$":
            throw problem("the anchor '\(character)' at character \(position) is not allowed")
        default:
            throw problem("'\(character)' at character \(position) is not allowed (only letters, digits and \\uXXXX)")
        }
    }

    private mutating func quantifier(_ atom: SlotRegex.Node) throws(SlotRegexError) -> SlotRegex.Node {
        guard let character = peek else { return atom }
        let repeated: SlotRegex.Node
        switch character {
        case "?":
            index += 1
            repeated = .repetition(atom, min: 0, max: 1)
        case "*", "+":
            throw problem("'\(character)' at character \(position) repeats without limit")
        case "{":
            let (lower, upper) = try bounds()
            repeated = .repetition(atom, min: lower, max: upper)
        default:
            return atom
        }
        if let next = peek, "?*+{".contains(next) {
            throw problem("'\(next)' at character \(position) repeats a repeat")
        }
        return repeated
    }

    /// `{n}` or `{n,m}` with n ≤ m.
    private mutating func bounds() throws(SlotRegexError) -> (Int, Int) {
        let start = position
        index += 1
        guard let lower = number() else {
            throw problem("the '{' at character \(start) does not start a repeat {n} or {n,m}")
        }
        if peek == "}" {
            index += 1
            return (lower, lower)
        }
        guard peek == "," else { throw problem("the repeat at character \(start) is not closed with '}'") }
        index += 1
        if peek == "}" { throw problem("the repeat at character \(start) has no upper bound") }
        guard let upper = number(), peek == "}" else {
            throw problem("the repeat at character \(start) is not {n} or {n,m}")
        }
        index += 1
        if upper < lower { throw problem("the repeat at character \(start) has a lower bound above its upper bound") }
        return (lower, upper)
    }

    /// A repeat count (`nil` when there are no digits or too many for an `Int`).
    private mutating func number() -> Int? {
        var digits = ""
        while let character = peek, character.isASCII, character.isNumber {
            digits.append(character)
            index += 1
        }
        return Int(digits)
    }

    /// `\uXXXX`; returns the scalar value.
    private mutating func escape() throws(SlotRegexError) -> UInt32 {
        let start = position
        index += 1
        guard peek == "u" else {
            throw problem("the escape at character \(start) is not \\uXXXX, the only escape Lex allows")
        }
        index += 1
        var hex = ""
        while hex.count < 4, let character = peek, character.isHexDigit {
            hex.append(character)
            index += 1
        }
        guard hex.count == 4, let value = UInt32(hex, radix: 16) else {
            throw problem("the escape at character \(start) needs four hex digits (\\uXXXX)")
        }
        return value
    }

    private mutating func characterClass() throws(SlotRegexError) -> SlotRegex.CharacterSet {
        let start = position
        index += 1
        if peek == "^" { throw problem("the negated class at character \(start) is not allowed") }
        if peek == "]" { throw problem("the class at character \(start) is empty") }
        var set = SlotRegex.CharacterSet(ranges: [])
        while peek != nil, peek != "]" {
            let lower = try classMember()
            if peek == "-", index + 1 < characters.count, characters[index + 1] != "]" {
                index += 1
                let upper = try classMember()
                if upper < lower { throw problem("a range in the class at character \(start) runs backwards") }
                set.ranges.append(lower...upper)
            } else {
                set.ranges.append(lower...lower)
            }
        }
        guard peek == "]" else { throw problem("the '[' at character \(start) is never closed") }
        index += 1
        return set
    }

    private mutating func classMember() throws(SlotRegexError) -> UInt32 {
        guard let character = peek else { throw problem("a class is never closed") }
        if character == "\\" { return try escape() }
        guard Self.isAlphanumeric(character), let scalar = character.unicodeScalars.first else {
            throw problem(
                "'\(character)' at character \(position) is not allowed in a class (only letters, digits and \\uXXXX)")
        }
        index += 1
        return scalar.value
    }

    /// ASCII letters and digits, the literal characters Lex allows.
    private static func isAlphanumeric(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (48...57).contains(ascii) || (65...90).contains(ascii) || (97...122).contains(ascii)
    }
}
