/// User input split into words, each with its normalised form and its original text.
///
/// Matching is case-insensitive; words are split on white space and stripped of leading and
/// trailing punctuation while inner punctuation stays (`10:30`, `a@b.com`, `2026-11-23`), per
/// DESIGN §5. The original text of a span of words is what a captured slot reports as
/// `originalValue`.
struct TextTokens: Sendable {
    /// One word.
    struct Token: Sendable {
        /// Lowercased, edge punctuation removed.
        let normalized: String
        /// The word as written, edge punctuation removed.
        let original: Substring
    }

    /// The text as given.
    let text: String
    /// The words in order (words that are only punctuation are dropped).
    let tokens: [Token]
    /// How often each normalised word occurs.
    let wordCounts: [String: Int]

    /// Splits `text`.
    init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        var counts: [String: Int] = [:]
        for piece in text.split(whereSeparator: \.isWhitespace) {
            let stripped = Self.strip(piece)
            guard !stripped.isEmpty else { continue }
            let normalized = stripped.lowercased()
            tokens.append(Token(normalized: normalized, original: stripped))
            counts[normalized, default: 0] += 1
        }
        self.tokens = tokens
        self.wordCounts = counts
    }

    /// Whether every word of `counts` occurs at least as often in the input.
    func containsAll(_ counts: [String: Int]) -> Bool {
        for (word, count) in counts where (wordCounts[word] ?? 0) < count { return false }
        return true
    }

    /// The original text from the first word of `range` to the end of its last word.
    func originalText(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, range.upperBound > first else { return "" }
        let start = tokens[first].original.startIndex
        let end = tokens[range.upperBound - 1].original.endIndex
        return String(text[start..<end])
    }

    /// The normalised words joined by single spaces.
    var normalizedText: String { tokens.map(\.normalized).joined(separator: " ") }

    /// Removes leading and trailing punctuation (and symbols such as quotes) from a word.
    static func strip(_ word: Substring) -> Substring {
        var result = word
        while let first = result.first, isEdgePunctuation(first) { result = result.dropFirst() }
        while let last = result.last, isEdgePunctuation(last) { result = result.dropLast() }
        return result
    }

    private static func isEdgePunctuation(_ character: Character) -> Bool {
        character.isPunctuation || (character.isSymbol && character != "+" && character != "$")
    }
}
