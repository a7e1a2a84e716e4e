/// AMAZON.Confirmation: common ways of saying yes, no, maybe and "don't know" → `Yes`, `No`,
/// `Maybe`, `Don't know`.
///
/// The Lex V2 guide gives examples for each value (Yeah, Yep, Ok, Sure, I have it, I can agree;
/// Nope, Negative, Naw, Forget it, I'll decline, No way; It's possible, Perhaps, Sometimes, I
/// might, That could be right; Dunno, Unknown, No idea, Not sure about it, Who knows); the
/// simulator matches a whole input against a fixed list built from them, case-insensitively.
enum ConfirmationResolver {
    private static let phrases: [String: String] = {
        let groups: [(String, [String])] = [
            (
                "Yes",
                [
                    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "yah", "sure", "ok", "okay", "k", "alright",
                    "all right", "correct", "right", "that's right", "that is right", "that's correct",
                    "that is correct", "absolutely", "definitely", "certainly", "of course", "affirmative",
                    "yes please", "sure thing", "sounds good", "go ahead", "do it", "please do", "confirm",
                    "confirmed", "agreed", "i agree", "i can agree", "i have it", "i got it", "fine", "perfect",
                    "exactly", "indeed", "yes it is", "yes that's right", "yes, that's right", "yes sure",
                ]
            ),
            (
                "No",
                [
                    "no", "n", "nope", "nah", "naw", "no thanks", "no thank you", "not really", "negative",
                    "no way", "forget it", "i'll decline", "i will decline", "i decline", "cancel", "never",
                    "not at all", "absolutely not", "definitely not", "certainly not", "of course not", "wrong",
                    "incorrect", "that's wrong", "that is wrong", "not correct", "no it isn't", "no it's not",
                    "no way jose", "nope not at all",
                ]
            ),
            (
                "Maybe",
                [
                    "maybe", "perhaps", "possibly", "it's possible", "it is possible", "might be", "could be",
                    "i might", "maybe so", "sometimes", "that could be right", "probably", "maybe not",
                    "possibly not", "kind of", "sort of",
                ]
            ),
            (
                "Don't know",
                [
                    "don't know", "dont know", "i don't know", "i dont know", "do not know", "i do not know",
                    "dunno", "i dunno", "no idea", "i have no idea", "not sure", "i'm not sure", "im not sure",
                    "i am not sure", "not sure about it", "unsure", "unknown", "who knows", "no clue",
                    "i have no clue", "can't say", "hard to say", "beats me", "no idea at all",
                ]
            ),
        ]
        var table: [String: String] = [:]
        for (value, spellings) in groups {
            for spelling in spellings { table[TokenizedText(spelling).normalizedText] = value }
        }
        return table
    }()

    /// Resolves AMAZON.Confirmation.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard let value = phrases[span.normalizedText] else { return .unresolved(originalValue: original) }
        return .resolved(value, from: original)
    }
}
