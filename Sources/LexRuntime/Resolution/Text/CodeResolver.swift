import LexFacts

/// AMAZON.AlphaNumeric and AMAZON.PhoneNumber: codes made of characters rather than words.
///
/// AlphaNumeric takes one token of ASCII letters and digits (`APQ123`), or a code spelled out
/// one character per token (`A P Q 1 2 3` → `APQ123`). PhoneNumber keeps the digits and a
/// leading `+` and drops the punctuation, as the Lex guide documents (`+1 (509) 555-1212` →
/// `+15095551212`); spoken digits (`five five five one two one two`) count too. A phone number
/// has 3 to 15 digits (the E.164 maximum).
enum CodeResolver {
    /// Resolves AMAZON.AlphaNumeric.
    static func resolveAlphaNumeric(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard let code = alphaNumeric(span) else { return .unresolved(originalValue: original) }
        return .resolved(code, from: original)
    }

    /// The code a span spells, or nil.
    static func alphaNumeric(_ span: TokenSpan) -> String? {
        let tokens = span.tokens
        guard !tokens.isEmpty, tokens.allSatisfy({ $0.original.allSatisfy(isAlphanumeric) }),
            tokens.count == 1 || tokens.allSatisfy({ $0.original.count == 1 })
        else { return nil }
        return tokens.map(\.original).joined()
    }

    /// Resolves AMAZON.PhoneNumber.
    static func resolvePhoneNumber(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        var digits = ""
        var international = false
        for (offset, token) in span.tokens.enumerated() {
            if let digit = NumberWords.digitWord(token.normalized), token.normalized.count > 1 {
                digits += String(digit)
                continue
            }
            for (position, character) in token.original.enumerated() {
                if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if character == "+", offset == 0, position == 0 {
                    international = true
                } else if !"-.()".contains(character) {
                    return .unresolved(originalValue: original)
                }
            }
        }
        guard (3...15).contains(digits.count) else { return .unresolved(originalValue: original) }
        return .resolved((international ? "+" : "") + digits, from: original)
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
