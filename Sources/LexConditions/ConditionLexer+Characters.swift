/// The character classes of the condition language (see the grammar in docs/conditions.md).
extension ConditionLexer {
    /// Spaces, tabs and line breaks separate tokens.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Letters, digits and `_` start a word (a keyword, a function name, a number or a bare constant).
    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("0"..."9").contains(scalar) || scalar.properties.isAlphabetic
    }

    /// A word goes on over letters, digits and `_ . : -` (`fn.IS_SET`, `P2H`, `0.8`, `20:00`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isWordStart(scalar) || scalar == "." || scalar == ":" || scalar == "-"
    }

    /// Slot names follow Lex's name pattern: ASCII letters, digits, `_` and `-`.
    static func isSlotNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    /// Attribute names are any text without spaces, control characters, brackets, braces,
    /// parentheses or double quotes (`fallback-count`, `x-amz-lex:channels:platform`).
    static func isAttributeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard !isSpace(scalar), scalar.value >= 0x20, scalar.value != 0x7F else { return false }
        return !"()[]{}\"".unicodeScalars.contains(scalar)
    }

    /// A JSON path name starts with a letter or `_`.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// A JSON path name goes on over letters, digits and `_`.
    static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    /// Whether a word is a number constant: an optional `-`, digits, and an optional fraction.
    static func isNumber(_ word: String) -> Bool {
        ConditionNumber.parse(word) != nil
    }

    /// A scalar for a message: `'x'`, or `U+0000` for a control, format or separator character,
    /// which would otherwise reach a terminal or a CI log raw.
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return "'\(scalar)'"
        }
    }
}
