/// AMAZON.FirstName and AMAZON.LastName: exactly one name token, returned as given.
///
/// Lex returns a name as the user gave it (no nickname expansion); the simulator accepts one
/// token of letters (any script: `Zoë`, `José`) with inner `-` or `'` (`Mary-Jane`, `O'Brien`).
/// A phrase such as "my name is Alice" is not a name: the engine reaches the name through the
/// slot's sample utterances.
enum NameResolver {
    /// Resolves AMAZON.FirstName or AMAZON.LastName.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard span.count == 1, let name = span.tokens.first?.original, isName(name) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(name, from: original)
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first.isLetter, last.isLetter else { return false }
        var previousWasSeparator = false
        for character in text {
            let isSeparator = character == "-" || character == "'" || character == "\u{2019}"
            guard character.isLetter || isSeparator, !(isSeparator && previousWasSeparator) else { return false }
            previousWasSeparator = isSeparator
        }
        return true
    }
}
