/// AMAZON.FirstName and AMAZON.LastName: exactly one name, returned as given.
///
/// Lex returns a name as the user gave it (no nickname expansion); the simulator accepts one
/// word of letters (any script: `Zoë`, `José`, `민수`, `花子`, whose characters the tokenizer splits)
/// with inner `-` or `'` (`Mary-Jane`, `O'Brien`).
/// A phrase such as "my name is Alice" is not a name: the engine reaches the name through the
/// slot's sample utterances.
enum NameResolver {
    /// Resolves AMAZON.FirstName or AMAZON.LastName.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard !original.contains(where: \.isWhitespace), isName(original) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(original, from: original)
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
