/// Folded phrases of one kind (month names, number words, qualifiers ...) with their values, looked up
/// as a whole or as every entry that starts at a position of a folded text.
///
/// Built once per locale; the prefix look-up tries each distinct entry length, longest first, so the
/// grammars can read `treinta y uno de marzo` or `三月十日` without knowing where a word ends.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: [String: Value] = [:]
    /// The distinct entry lengths in characters, longest first.
    private var lengths: [Int] = []

    /// An empty table.
    init() {}

    /// Whether the table has no entry.
    var isEmpty: Bool { entries.isEmpty }

    /// Adds `phrase` (folded here) with `value`; an earlier entry for the same phrase is kept unless
    /// `replacing` is set.
    mutating func add(_ phrase: String, _ value: Value, replacing: Bool = false) {
        let key = TextFold.fold(phrase)
        store(key, value, replacing: replacing)
        let compact = PhraseText.compact(key)
        if compact != key { store(compact, value, replacing: false) }
    }

    private mutating func store(_ key: String, _ value: Value, replacing: Bool) {
        guard !key.isEmpty, replacing || entries[key] == nil else { return }
        entries[key] = value
        let length = key.count
        if !lengths.contains(length) {
            lengths.append(length)
            lengths.sort(by: >)
        }
    }

    /// The value of a folded phrase; in a script written without spaces (or in Korean), spaces may be
    /// left out (`3日後` finds `3 日後`, `다음주` finds `다음 주`).
    func value(of folded: String) -> Value? { entries[folded] ?? entries[PhraseText.compact(folded)] }

    /// Every entry that starts at `start` of `text` (folded characters) and does not end inside a word,
    /// as (end, value), longest first.
    func prefixes(of text: [Character], at start: Int) -> [(end: Int, value: Value)] {
        var found: [(end: Int, value: Value)] = []
        for length in lengths where start + length <= text.count {
            let end = start + length
            guard let value = entries[String(text[start..<end])], PhraseText.isBoundary(text, end) else { continue }
            found.append((end, value))
        }
        return found
    }
}

/// Helpers for walking folded text as characters.
enum PhraseText {
    /// The text without its spaces when it holds letters of a script whose spacing varies (CJK,
    /// Hangul, Thai, Khmer ...), else the text itself.
    static func compact(_ text: String) -> String {
        guard text.contains(" "), text.contains(where: { $0.isLetter && !TextFold.isSpacedLetter($0) }) else {
            return text
        }
        return text.filter { $0 != " " }
    }

    /// Whether a phrase may end (or start) at `index`: not between two letters of a spaced script.
    static func isBoundary(_ text: [Character], _ index: Int) -> Bool {
        guard index > 0, index < text.count else { return true }
        return !(TextFold.isSpacedLetter(text[index - 1]) && TextFold.isSpacedLetter(text[index]))
    }

    /// The first index at or after `index` that is not a space.
    static func skipSpaces(_ text: [Character], _ index: Int) -> Int {
        var index = index
        while index < text.count, text[index] == " " { index += 1 }
        return index
    }

    /// The end of the run of ASCII digits that starts at `index` (`index` itself when there is none).
    static func digitRunEnd(_ text: [Character], _ index: Int) -> Int {
        var end = index
        while end < text.count, let ascii = text[end].asciiValue, (48...57).contains(ascii) { end += 1 }
        return end
    }

    /// The value of the ASCII digits `text[start..<end]`.
    static func number(_ text: [Character], _ start: Int, _ end: Int) -> Int? {
        guard start < end, end - start <= 9 else { return nil }
        var value = 0
        for character in text[start..<end] {
            guard let ascii = character.asciiValue, (48...57).contains(ascii) else { return nil }
            value = value * 10 + Int(ascii - 48)
        }
        return value
    }
}
