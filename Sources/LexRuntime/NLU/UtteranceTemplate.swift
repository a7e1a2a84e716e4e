/// A sample utterance split into literal words and `{Slot}` placeholders, ready for matching.
///
/// Parsed once per utterance when the bot is prepared. Literal words are normalised like user
/// input (lowercased, edge punctuation stripped) so "Can I book a slot?" matches "can i book a
/// slot", and numbered in the locale's `Vocabulary`. The literal words double as the word bag for
/// the Dice similarity score.
struct UtteranceTemplate: Sendable {
    /// One element of the template.
    enum Part: Sendable, Equatable {
        /// A literal word, by its number in the vocabulary.
        case word(Int32)
        /// A slot placeholder.
        case slot(String)
    }

    /// The utterance as written.
    let text: String
    /// The parts in order.
    let parts: [Part]
    /// The literal words, for the Dice coefficient and the match pre-filter.
    let words: WordBag
    /// The number of literal words.
    let wordCount: Int

    /// Parses an utterance, numbering its words in `vocabulary`. Text inside braces becomes a
    /// placeholder; a brace glued to a word ("{Slot}s") splits it into the placeholder and the word.
    init(_ text: String, vocabulary: inout Vocabulary) {
        self.text = text
        var parts: [Part] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                parts += Self.words(in: rest[..<open], vocabulary: &vocabulary)
                let name = rest[rest.index(after: open)..<close].trimmingSpaces()
                if !name.isEmpty { parts.append(.slot(String(name))) }
                rest = rest[rest.index(after: close)...]
            } else {
                parts += Self.words(in: rest, vocabulary: &vocabulary)
                rest = ""
            }
        }
        self.parts = parts
        let literal = parts.compactMap { part -> Int32? in
            if case .word(let word) = part { return word }
            return nil
        }
        self.words = WordBag(literal)
        self.wordCount = literal.count
    }

    /// The slot names the template captures, in order.
    var slotNames: [String] {
        parts.compactMap { part in
            if case .slot(let name) = part { return name }
            return nil
        }
    }

    private static func words(in text: Substring, vocabulary: inout Vocabulary) -> [Part] {
        TokenizedText(String(text)).tokens.map { .word(vocabulary.intern($0.normalized)) }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return result
    }
}
