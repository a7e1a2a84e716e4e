/// One word of user input as the simulator's NLU sees it (DESIGN §5 "Text and NLU").
///
/// Matching works on `normalized` so that it is case-insensitive and ignores the punctuation
/// around a word, while `original` and `range` let the engine report a slot's `originalValue`
/// exactly as the user typed it.
public struct Token: Hashable, Sendable {
    /// The token lowercased, with leading and trailing punctuation removed and typographic
    /// apostrophes replaced by `'`, so that `Don’t` and `don't` compare equal.
    public let normalized: String
    /// The token as typed (case kept), with the same punctuation removed as `normalized`.
    public let original: String
    /// Where `original` sits in the source text the token was cut from.
    public let range: Range<String.Index>

    /// Creates a token from its original text and its position in the source text (only the
    /// tokenizer makes tokens, so that `range` always refers to the text they came from).
    init(original: String, range: Range<String.Index>) {
        self.original = original
        self.range = range
        self.normalized = Token.normalize(original)
    }

    /// Lowercases and maps typographic apostrophes to `'`.
    static func normalize(_ text: String) -> String {
        var result = text.lowercased()
        if result.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) {
            result = String(
                String.UnicodeScalarView(result.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
        }
        return result
    }
}
