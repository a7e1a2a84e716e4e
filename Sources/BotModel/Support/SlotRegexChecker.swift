/// Checks a regex slot type's pattern against the subset of regular expressions Lex accepts.
///
/// Lex allows letters A–Z and a–z, digits, `\uXXXX` escapes, character classes with ranges,
/// groups, alternation `|`, and the bounded repeats `?`, `{n}` and `{n,m}`. It rejects the wildcard
/// `.` and unbounded repeats `*`, `+` and `{n,}` (Lex V2 guide, AMAZON.AlphaNumeric). Anything
/// else (anchors, other escapes, punctuation, `(?:`) is rejected too, so a pattern that passes
/// here is one the Lex console accepts. A recursive-descent parser: nesting depth is bounded by
/// the 300-character limit, which is checked first.
struct SlotRegexChecker {
    /// A reason the pattern is rejected.
    private struct Problem: Error {
        var description: String
    }

    private let characters: [Character]
    private var index = 0

    private init(_ pattern: String) {
        characters = Array(pattern)
    }

    /// Why `pattern` is not a Lex regex, as a phrase ("'.' at character 6 is a wildcard"), or `nil`.
    static func problem(in pattern: String) -> String? {
        var checker = SlotRegexChecker(pattern)
        do {
            try checker.alternation()
            if checker.index < checker.characters.count {
                return "a ')' at character \(checker.index + 1) closes no group"
            }
            return nil
        } catch {
            return (error as? Problem)?.description ?? "the pattern cannot be read"
        }
    }

    private var peek: Character? { index < characters.count ? characters[index] : nil }
    private var position: Int { index + 1 }

    private mutating func alternation() throws {
        try branch()
        while peek == "|" {
            index += 1
            try branch()
        }
    }

    private mutating func branch() throws {
        while let character = peek, character != "|", character != ")" {
            try atom()
            try quantifier()
        }
    }

    private mutating func atom() throws {
        guard let character = peek else { return }
        switch character {
        case _ where LexName.isAlphanumeric(character):
            index += 1
        case "\\":
            _ = try escape()
        case "[":
            try characterClass()
        case "(":
            let start = position
            index += 1
            if peek == "?" {
                throw Problem(description: "'(?' at character \(start) is a group form Lex does not allow")
            }
            if peek == ")" { throw Problem(description: "'()' at character \(start) is an empty group") }
            try alternation()
            guard peek == ")" else { throw Problem(description: "the '(' at character \(start) is never closed") }
            index += 1
        case ".":
            throw Problem(description: "'.' at character \(position) is a wildcard, which Lex does not allow")
        case "*", "+":
            throw Problem(description: "'\(character)' at character \(position) repeats without limit")
        case "?", "{":
            throw Problem(description: "'\(character)' at character \(position) repeats nothing")
        case "^", "$":
            throw Problem(description: "the anchor '\(character)' at character \(position) is not allowed")
        default:
            throw Problem(
                description: "'\(character)' at character \(position) is not allowed (only letters, digits and \\uXXXX)"
            )
        }
    }

    private mutating func quantifier() throws {
        guard let character = peek else { return }
        switch character {
        case "?":
            index += 1
        case "*", "+":
            throw Problem(description: "'\(character)' at character \(position) repeats without limit")
        case "{":
            try bounds()
        default:
            return
        }
        if let next = peek, "?*+{".contains(next) {
            throw Problem(description: "'\(next)' at character \(position) repeats a repeat")
        }
    }

    /// `{n}` or `{n,m}` with n ≤ m.
    private mutating func bounds() throws {
        let start = position
        index += 1
        guard let lower = number() else {
            throw Problem(description: "the '{' at character \(start) does not start a repeat {n} or {n,m}")
        }
        if peek == "}" {
            index += 1
            return
        }
        guard peek == "," else { throw Problem(description: "the repeat at character \(start) is not closed with '}'") }
        index += 1
        if peek == "}" {
            throw Problem(description: "the repeat at character \(start) has no upper bound")
        }
        guard let upper = number(), peek == "}" else {
            throw Problem(description: "the repeat at character \(start) is not {n} or {n,m}")
        }
        index += 1
        if upper < lower {
            throw Problem(description: "the repeat at character \(start) has a lower bound above its upper bound")
        }
    }

    private mutating func number() -> Int? {
        var digits = ""
        while let character = peek, character.isASCII, character.isNumber {
            digits.append(character)
            index += 1
        }
        return Int(digits)
    }

    /// `\uXXXX`; returns the scalar value.
    private mutating func escape() throws -> UInt32 {
        let start = position
        index += 1
        guard peek == "u" else {
            throw Problem(description: "the escape at character \(start) is not \\uXXXX, the only escape Lex allows")
        }
        index += 1
        var hex = ""
        while hex.count < 4, let character = peek, character.isHexDigit {
            hex.append(character)
            index += 1
        }
        guard hex.count == 4, let value = UInt32(hex, radix: 16) else {
            throw Problem(description: "the escape at character \(start) needs four hex digits (\\uXXXX)")
        }
        return value
    }

    private mutating func characterClass() throws {
        let start = position
        index += 1
        if peek == "^" { throw Problem(description: "the negated class at character \(start) is not allowed") }
        if peek == "]" { throw Problem(description: "the class at character \(start) is empty") }
        while peek != nil, peek != "]" {
            let lower = try classMember()
            if peek == "-", index + 1 < characters.count, characters[index + 1] != "]" {
                index += 1
                let upper = try classMember()
                if upper < lower {
                    throw Problem(description: "a range in the class at character \(start) runs backwards")
                }
            }
        }
        guard peek == "]" else { throw Problem(description: "the '[' at character \(start) is never closed") }
        index += 1
    }

    private mutating func classMember() throws -> UInt32 {
        guard let character = peek else { throw Problem(description: "a class is never closed") }
        if character == "\\" { return try escape() }
        guard LexName.isAlphanumeric(character), let scalar = character.unicodeScalars.first else {
            throw Problem(
                description:
                    "'\(character)' at character \(position) is not allowed in a class (only letters, digits and \\uXXXX)"
            )
        }
        index += 1
        return scalar.value
    }
}
