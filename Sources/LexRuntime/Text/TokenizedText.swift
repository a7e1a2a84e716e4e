/// User input cut into tokens by the rules of DESIGN §5: split on white space, leading and
/// trailing punctuation stripped, inner punctuation kept (`10:30`, `a@b.com`, `2026-11-23`, `don't`).
///
/// The NLU stand-in and the slot resolvers share this one tokenizer so that an utterance
/// template and a slot value see the same words. It keeps the source text so that any run of
/// tokens can report what the user wrote (see `TokenSpan.originalText`).
public struct TokenizedText: Hashable, Sendable {
    /// The text exactly as the user sent it.
    public let source: String
    /// The tokens in order; punctuation-only chunks produce no token.
    public let tokens: [Token]

    /// Tokenizes `source`.
    ///
    /// A `-` or `.` directly before a digit is not stripped, so `-15` and `.5` keep their sign and
    /// point; `%` is not stripped either, so `50%` stays one token. Works on Unicode scalars (white
    /// space and punctuation are properties of scalars), with a table for ASCII, because every
    /// user turn and every utterance template goes through here.
    public init(_ source: String) {
        self.source = source
        var tokens: [Token] = []
        let scalars = source.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard !CharacterClass.isWhitespace(scalars[index]) else {
                scalars.formIndex(after: &index)
                continue
            }
            let chunkStart = index
            var hasSpaceless = false
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if scalar.isASCII {
                    if CharacterClass.isWhitespace(scalar) { break }
                } else {
                    if CharacterClass.isWhitespace(scalar) { break }
                    if CharacterClass.isSpaceless(scalar) { hasSpaceless = true }
                }
                scalars.formIndex(after: &index)
            }
            if hasSpaceless {
                TokenizedText.splitSpaceless(scalars, chunkStart..<index, into: &tokens)
            } else if let range = TokenizedText.strip(scalars, chunkStart..<index) {
                tokens.append(Token(original: String(scalars[range]), range: range))
            }
        }
        self.tokens = tokens
    }

    /// Cuts a chunk that holds characters of a script written without spaces: each such character
    /// (with the marks after it) is a token, and each run of other characters between them is one
    /// (`3月10日` → `3`, `月`, `10`, `日`); punctuation is stripped from every piece.
    private static func splitSpaceless(
        _ scalars: String.UnicodeScalarView, _ chunk: Range<String.Index>, into tokens: inout [Token]
    ) {
        var start = chunk.lowerBound
        var index = chunk.lowerBound
        func emit(_ end: String.Index) {
            if start < end, let range = strip(scalars, start..<end) {
                tokens.append(Token(original: String(scalars[range]), range: range))
            }
            start = end
        }
        while index < chunk.upperBound {
            let scalar = scalars[index]
            guard CharacterClass.isSpaceless(scalar) else {
                scalars.formIndex(after: &index)
                continue
            }
            emit(index)
            scalars.formIndex(after: &index)
            while index < chunk.upperBound, CharacterClass.isMark(scalars[index]) { scalars.formIndex(after: &index) }
            emit(index)
        }
        emit(chunk.upperBound)
    }

    /// All tokens as one span (the whole input).
    public var all: TokenSpan { TokenSpan(text: self, range: 0..<tokens.count) }

    /// The span of the tokens at `range` (token indices).
    public func span(_ range: Range<Int>) -> TokenSpan {
        precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count, "token range out of bounds")
        return TokenSpan(text: self, range: range)
    }

    /// The normalized tokens joined by single spaces: the key used to compare whole phrases
    /// (custom slot values and synonyms, confirmation phrases).
    public var normalizedText: String { all.normalizedText }

    /// Narrows a white-space-delimited chunk to its text without surrounding punctuation;
    /// nil when nothing but punctuation is left.
    private static func strip(
        _ scalars: String.UnicodeScalarView, _ chunk: Range<String.Index>
    ) -> Range<String.Index>? {
        var lower = chunk.lowerBound
        var upper = chunk.upperBound
        while lower < upper, CharacterClass.isStrippable(scalars[lower]) {
            let next = scalars.index(after: lower)
            let scalar = scalars[lower]
            if scalar == "-" || scalar == "." || scalar == "\u{2212}", next < upper,
                ("0"..."9").contains(scalars[next])
            {
                break
            }
            lower = next
        }
        while upper > lower, CharacterClass.isStrippable(scalars[scalars.index(before: upper)]) {
            upper = scalars.index(before: upper)
        }
        return lower < upper ? lower..<upper : nil
    }
}
