import LexFacts

/// AMAZON.UKPostalCode (en_GB only): a UK post code in one of the six formats the Lex V2 guide lists
/// (A = letter, 9 = digit): `AA9A 9AA`, `A9A 9AA`, `A9 9AA`, `A99 9AA`, `AA9 9AA`, `AA99 9AA`.
///
/// As the guide says, letters may be in either case and the space may be left out, and the resolved
/// value is upper case with the space before the last three characters (`sw1a1aa` → `SW1A 1AA`). Spoken
/// forms count too: characters one by one (`s w one a one a a`), `double` before a character
/// (`double a` → `AA`), and two-digit numbers in words (`ninety nine` → `99`). The code is not checked
/// against the list of real post codes, as Lex does not check it either.
enum UKPostalCodeResolver {
    /// Resolves AMAZON.UKPostalCode.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard let code = characters(span.words[...]), let formatted = format(code) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(formatted, from: original)
    }

    /// The characters the words spell, upper-cased, or nil for a word that is none.
    static func characters(_ words: ArraySlice<String>) -> String? {
        var code = ""
        var words = words
        while let word = words.first {
            words = words.dropFirst()
            if word == "double" {
                guard let next = words.first, let spelled = characters([next][...]), spelled.count == 1 else {
                    return nil
                }
                words = words.dropFirst()
                code += spelled + spelled
            } else if let tens = NumberWords.tens[word] {
                if let next = words.first, let unit = NumberWords.units[next] {
                    words = words.dropFirst()
                    code += String(tens + unit)
                } else {
                    code += String(tens)
                }
            } else if let teen = NumberWords.teens[word] {
                code += String(teen)
            } else if word.count > 1, let digit = NumberWords.digitWord(word) {
                code += String(digit)
            } else if word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                code += word.uppercased()
            } else {
                return nil
            }
        }
        return code.isEmpty ? nil : code
    }

    /// `OUTWARD INWARD` when `code` (no spaces) has one of the six formats, else nil.
    static func format(_ code: String) -> String? {
        let characters = Array(code)
        guard (5...7).contains(characters.count) else { return nil }
        let inward = characters.suffix(3)
        let outward = characters.prefix(characters.count - 3)
        guard inward.first!.isNumber, inward.dropFirst().allSatisfy(\.isLetter) else { return nil }
        let shape = String(outward.map { $0.isLetter ? "A" : $0.isNumber ? "9" : "?" })
        guard ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(shape) else { return nil }
        return String(outward) + " " + String(inward)
    }
}
