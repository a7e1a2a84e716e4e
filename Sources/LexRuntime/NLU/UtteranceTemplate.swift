/// A sample utterance split into literal words and `{Slot}` placeholders, ready for matching.
///
/// Parsed once per utterance when the runtime bot is built. Literal words are normalised like
/// user input (lowercased, edge punctuation stripped) so "Can I book a slot?" matches "can i book
/// a slot". The literal words double as the token multiset for the Dice similarity score.
struct UtteranceTemplate: Sendable {
    /// One element of the template.
    enum Part: Sendable, Equatable {
        /// A literal word, normalised.
        case word(String)
        /// A slot placeholder.
        case slot(String)
    }

    /// The utterance as written.
    let text: String
    /// The parts in order.
    let parts: [Part]
    /// The literal words' counts, for the Dice coefficient.
    let wordCounts: [String: Int]
    /// The number of literal words.
    let wordCount: Int

    /// Parses an utterance. Text inside braces becomes a placeholder; a brace glued to a word
    /// ("{Slot}s") splits it into the placeholder and the word.
    init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                parts += Self.words(in: rest[..<open])
                let name = rest[rest.index(after: open)..<close].trimmingSpaces()
                if !name.isEmpty { parts.append(.slot(String(name))) }
                rest = rest[rest.index(after: close)...]
            } else {
                parts += Self.words(in: rest)
                rest = ""
            }
        }
        self.parts = parts
        var counts: [String: Int] = [:]
        var total = 0
        for case .word(let word) in parts {
            counts[word, default: 0] += 1
            total += 1
        }
        self.wordCounts = counts
        self.wordCount = total
    }

    /// The slot names the template captures, in order.
    var slotNames: [String] {
        parts.compactMap { part in
            if case .slot(let name) = part { return name }
            return nil
        }
    }

    private static func words(in text: Substring) -> [Part] {
        TokenizedText(String(text)).tokens.map { .word($0.normalized) }
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
