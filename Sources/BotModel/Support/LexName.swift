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

    /// Whether the bytes of an ASCII name match the pattern (`problem(in:)` would find nothing),
    /// without making a string.
    static func isValidASCII(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !name.isEmpty, name.count <= LexLimits.nameLength else { return false }
        var previousWasSeparator = true
        for byte in name {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                previousWasSeparator = false
            } else {
                return false
            }
        }
        return true
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
