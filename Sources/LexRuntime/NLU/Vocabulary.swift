/// The words of one locale's utterance templates, numbered densely from 0.
///
/// Classification compares every input with every template on every turn; with the words
/// numbered once when the bot is prepared, that comparison is integer work on short sorted arrays
/// instead of string hashing. Input words no template uses get no number: they can never match a
/// literal word, and they count only in the Dice denominator.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]

    /// The number of `word`, adding it if it is new (while templates are compiled).
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    /// The number of `word`, or `nil` when no template uses it.
    func id(of word: String) -> Int32? { ids[word] }
}

/// How often each word occurs in a text: pairs of word number and count, sorted by word number,
/// so two bags are compared by one merge pass.
struct WordBag: Sendable, Equatable {
    /// (word, count) pairs in increasing word order.
    private(set) var entries: [(word: Int32, count: Int32)]

    /// The bag of `words` (numbers in any order, repeats counted).
    init(_ words: some Sequence<Int32>) {
        let sorted = words.sorted()
        var entries: [(word: Int32, count: Int32)] = []
        entries.reserveCapacity(sorted.count)
        for word in sorted {
            if let last = entries.last, last.word == word {
                entries[entries.count - 1].count += 1
            } else {
                entries.append((word, 1))
            }
        }
        self.entries = entries
    }

    /// Words shared with `other`, counting repeats up to the smaller count: |A ∩ B| of multisets.
    func sharedCount(with other: WordBag) -> Int {
        var shared = 0
        var left = 0
        var right = 0
        let mine = entries
        let theirs = other.entries
        while left < mine.count, right < theirs.count {
            if mine[left].word < theirs[right].word {
                left += 1
            } else if mine[left].word > theirs[right].word {
                right += 1
            } else {
                shared += Int(min(mine[left].count, theirs[right].count))
                left += 1
                right += 1
            }
        }
        return shared
    }

    /// Whether every word of `other` occurs in this bag at least as often.
    func contains(_ other: WordBag) -> Bool {
        var left = 0
        let mine = entries
        for needed in other.entries {
            while left < mine.count, mine[left].word < needed.word { left += 1 }
            guard left < mine.count, mine[left].word == needed.word, mine[left].count >= needed.count else {
                return false
            }
        }
        return true
    }

    static func == (lhs: WordBag, rhs: WordBag) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.word == $1.word && $0.count == $1.count }
    }
}
