/// User input as the NLU stand-in reads it: the tokenised text and its word counts.
///
/// Uses the same tokenizer as slot resolution, so a template and a slot value always see the
/// same words; the counts are computed once per turn for the Dice scores and the template
/// pre-filter.
struct NLUInput: Sendable {
    /// The tokenised text.
    let text: TokenizedText
    /// How often each normalised word occurs.
    let wordCounts: [String: Int]

    /// Tokenises `source`.
    init(_ source: String) {
        text = TokenizedText(source)
        var counts: [String: Int] = [:]
        for token in text.tokens { counts[token.normalized, default: 0] += 1 }
        wordCounts = counts
    }

    /// The words.
    var tokens: [Token] { text.tokens }

    /// Whether every word of `counts` occurs at least as often in the input.
    func containsAll(_ counts: [String: Int]) -> Bool {
        for (word, count) in counts where (wordCounts[word] ?? 0) < count { return false }
        return true
    }

    /// The words in `range` with their original text.
    func span(_ range: Range<Int>) -> TokenSpan {
        text.span(range)
    }
}
