/// A run of consecutive tokens of one input: the text a `{Slot}` placeholder consumed, or the
/// whole input when a slot is elicited.
///
/// Resolvers take a span rather than a string so the engine can try many candidate spans of
/// one tokenized input without re-tokenizing, and so that `originalValue` is cut from the
/// user's own text.
public struct TokenSpan: Hashable, Sendable {
    /// The tokenized input the span belongs to.
    public let text: TokenizedText
    /// The token indices covered.
    public let range: Range<Int>

    /// Creates a span; `range` must lie within `text.tokens` (see `TokenizedText.span(_:)`).
    init(text: TokenizedText, range: Range<Int>) {
        self.text = text
        self.range = range
    }

    /// The tokens covered.
    public var tokens: ArraySlice<Token> { text.tokens[range] }

    /// Whether the span covers no token (nothing was said).
    public var isEmpty: Bool { range.isEmpty }

    /// The number of tokens covered.
    public var count: Int { range.count }

    /// What the user wrote for these tokens: the source text from the first token's start to the
    /// last token's end, so inner spacing and punctuation are kept and trailing sentence
    /// punctuation is not. This is the slot's `originalValue`. The one exception is the final
    /// period of a dotted abbreviation (`3 p.m.`), which belongs to the word.
    public var originalText: String {
        guard let first = range.first, let last = range.last else { return "" }
        let tokens = text.tokens
        let source = text.source
        var end = tokens[last].range.upperBound
        if end < source.endIndex, source[end] == ".", Self.isDottedAbbreviation(tokens[last].original) {
            end = source.index(after: end)
        }
        return String(source[tokens[first].range.lowerBound..<end])
    }

    /// `p.m`, `a.m`, `e.g`: single letters separated by periods (the final period stripped).
    private static func isDottedAbbreviation(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// The normalized tokens joined by single spaces.
    public var normalizedText: String {
        tokens.map(\.normalized).joined(separator: " ")
    }

    /// The normalized tokens as words for the phrase grammars: a token made of letters joined by
    /// hyphens (`twenty-third`) is split into its parts; other tokens are kept whole.
    var words: [String] {
        var words: [String] = []
        words.reserveCapacity(range.count)
        for token in tokens {
            let value = token.normalized
            if value.contains("-" as Character), value.allSatisfy({ $0 == "-" || $0.isLetter }) {
                words.append(contentsOf: value.split(separator: "-").map(String.init))
            } else {
                words.append(value)
            }
        }
        return words
    }
}
