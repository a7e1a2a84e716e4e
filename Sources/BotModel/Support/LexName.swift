/// Checks names against Lex's name pattern `^([0-9a-zA-Z][_-]?){1,100}$`.
///
/// Lex uses one pattern for bot, intent, slot and slot type names: ASCII letters and digits, with
/// single `_` or `-` separators, starting with a letter or digit, at most 100 characters. The check
/// says *why* a name fails, so the diagnostic can tell the author what to change.
enum LexName {
    /// Why `name` is not a valid Lex name, or `nil` when it is.
    static func problem(in name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.utf16.count > LexLimits.nameLength {
            return "it is \(name.utf16.count) characters long, more than \(LexLimits.nameLength)"
        }
        var previousWasSeparator = true
        for (index, character) in name.enumerated() {
            let position = index + 1
            if isSeparator(character) {
                if index == 0 { return "it starts with '\(character)'" }
                if previousWasSeparator { return "it has two separators in a row at character \(position)" }
                previousWasSeparator = true
            } else if isAlphanumeric(character) {
                previousWasSeparator = false
            } else {
                return "it contains \(describe(character)) at character \(position)"
            }
        }
        return nil
    }

    /// Whether `name` matches the pattern.
    static func isValid(_ name: String) -> Bool { problem(in: name) == nil }

    /// Whether `character` is an ASCII letter or digit.
    static func isAlphanumeric(_ character: Character) -> Bool {
        guard character.isASCII, let ascii = character.asciiValue else { return false }
        return (48...57).contains(ascii) || (65...90).contains(ascii) || (97...122).contains(ascii)
    }

    private static func isSeparator(_ character: Character) -> Bool { character == "_" || character == "-" }

    private static func describe(_ character: Character) -> String {
        switch character {
        case " ": "a space"
        case "\t": "a tab"
        default: "'\(character)'"
        }
    }
}
