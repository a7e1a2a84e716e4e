/// AMAZON.Confirmation: the locale's ways of saying yes, no, maybe and "don't know" → `Yes`, `No`,
/// `Maybe`, `Don't know`.
///
/// The phrases are the locale data file's (`LexLocaleData.confirmation`): for English, the Lex V2
/// guide's examples for each value (Yeah, Yep, Ok, Sure, I have it, I can agree; Nope, Negative, Naw,
/// Forget it, I'll decline, No way; It's possible, Perhaps, Sometimes, I might, That could be right;
/// Dunno, Unknown, No idea, Not sure about it, Who knows) and common spellings; for other languages,
/// the C library's yes/no words and the project's. A whole input must be one of them,
/// case-insensitively.
enum ConfirmationResolver {
    /// Resolves AMAZON.Confirmation in an English locale (phrases keyed by normalized token text).
    static func resolve(_ span: TokenSpan, phrases: [String: String]) -> SlotResolution {
        let original = span.originalText
        guard let value = phrases[span.normalizedText] else { return .unresolved(originalValue: original) }
        return .resolved(value, from: original)
    }

    /// Resolves AMAZON.Confirmation in another locale (phrases keyed by folded text, `TextFold`).
    static func resolve(folded span: TokenSpan, phrases: [String: String]) -> SlotResolution {
        let original = span.originalText
        guard let value = phrases[TextFold.fold(original)] else { return .unresolved(originalValue: original) }
        return .resolved(value, from: original)
    }
}
