/// User input as the NLU stand-in reads it: the tokenised text, each token's number in the
/// locale's vocabulary, and the bag of those numbers.
///
/// Uses the same tokenizer as slot resolution, so a template and a slot value always see the
/// same words; the numbers and the bag are computed once per turn for the Dice scores, the
/// template pre-filter and literal-word matching.
struct NLUInput: Sendable {
    /// The tokenised text.
    let text: TokenizedText
    /// Each token's word number, `nil` for a word no template of the locale uses.
    let wordIDs: [Int32?]
    /// The known words and how often each occurs.
    let words: WordBag

    /// Tokenises `source` and numbers its words in `vocabulary`.
    init(_ source: String, vocabulary: Vocabulary) {
        text = TokenizedText(source)
        wordIDs = text.tokens.map { vocabulary.id(of: $0.normalized) }
        words = WordBag(wordIDs.compactMap { $0 })
    }

    /// The words.
    var tokens: [Token] { text.tokens }

    /// The words in `range` with their original text.
    func span(_ range: Range<Int>) -> TokenSpan {
        text.span(range)
    }
}
