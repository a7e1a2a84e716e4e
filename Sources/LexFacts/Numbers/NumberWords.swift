/// Spoken English numbers: cardinals (`one hundred twenty three`), ordinals (`twenty-third`,
/// `23rd`) and single digits (`oh`, `five`).
///
/// The one table of English number words: shared by the simulator's Number, Date, Time and Duration
/// grammars and by MeetyBot's LexLambda reading a duration, so that "two" means 2 everywhere and a
/// word the runtime resolves is one the hook reads. Standard spellings only: Lex's documentation
/// gives none of the common misspellings ("fourty"), so neither side guesses them.
/// The parsers accept only well-formed sequences (`five five` and `twenty ten` are rejected),
/// because a slot value that "resolves" to a guess would hide a bad test script.
public enum NumberWords {
    /// `one` ... `nine`.
    public static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    /// `ten` ... `nineteen`.
    public static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    /// `twenty` ... `ninety`.
    public static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// `thousand`, `million`, `billion`.
    public static let scales: [String: Int] = ["thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]

    /// Ordinal words that stand alone or end a compound (`twenty` + `third`).
    public static let unitOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9,
    ]
    /// Ordinal words that only stand alone.
    public static let otherOrdinals: [String: Int] = [
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30,
    ]

    private enum Last {
        case start, unit, teen, tens, hundred, scale, conjunction, article
    }

    /// The value of a whole cardinal made of number words (`a hundred and five` → 105), or nil when
    /// the words are not exactly one well-formed number. `zero` is accepted only on its own.
    public static func cardinal(_ words: ArraySlice<String>) -> Int? {
        if words.count == 1, words.first == "zero" { return 0 }
        var total = 0
        var group = 0
        var last = Last.start
        var lastScale = Int.max
        for word in words {
            if word == "and" {
                guard last == .hundred || last == .scale else { return nil }
                last = .conjunction
            } else if word == "a" {
                guard last == .start else { return nil }
                group = 1
                last = .article
            } else if let unit = units[word] {
                guard [.start, .tens, .hundred, .scale, .conjunction].contains(last) else { return nil }
                group += unit
                last = .unit
            } else if let value = teens[word] ?? tens[word] {
                guard [.start, .hundred, .scale, .conjunction].contains(last) else { return nil }
                group += value
                last = teens[word] != nil ? .teen : .tens
            } else if word == "hundred" {
                guard [.unit, .teen, .tens, .article].contains(last), (1...99).contains(group) else { return nil }
                group *= 100
                last = .hundred
            } else if let scale = scales[word] {
                guard [.unit, .teen, .tens, .hundred, .article].contains(last), group > 0, scale < lastScale
                else { return nil }
                total += group * scale
                group = 0
                lastScale = scale
                last = .scale
            } else {
                return nil
            }
        }
        guard ![.start, .conjunction, .article].contains(last) else { return nil }
        return total + group
    }

    /// A cardinal written either as number words or as one token of ASCII digits.
    public static func integer(_ words: ArraySlice<String>) -> Int? {
        if words.count == 1, let word = words.first, let value = digits(word) { return value }
        return cardinal(words)
    }

    /// The value of a token made only of ASCII digits (at most 9 of them).
    public static func digits(_ word: some StringProtocol) -> Int? {
        guard !word.isEmpty, word.count <= 9, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word)
    }

    /// The value of an ordinal: `23rd`, `first`, `twentieth`, `twenty third` (after hyphen
    /// splitting, `twenty-third`); nil for anything else.
    public static func ordinal(_ words: ArraySlice<String>) -> Int? {
        switch words.count {
        case 1:
            let word = words[words.startIndex]
            if let value = unitOrdinals[word] ?? otherOrdinals[word] { return value }
            return digitOrdinal(word)
        case 2:
            guard let ten = tens[words[words.startIndex]], let unit = unitOrdinals[words[words.startIndex + 1]]
            else { return nil }
            return ten + unit
        default:
            return nil
        }
    }

    /// `1st`, `2nd`, `3rd`, `23rd`, `11th`: digits followed by an ordinal suffix (any of st, nd,
    /// rd, th is accepted, as people type `23th` too).
    public static func digitOrdinal(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let suffix = word.suffix(2)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return digits(word.dropLast(2))
    }

    /// A single spoken digit, as used after `point` and in `ten oh five`: `zero`, `oh`, `o`,
    /// `one` ... `nine`, or one ASCII digit.
    public static func digitWord(_ word: String) -> Int? {
        switch word {
        case "zero", "oh", "o": return 0
        default:
            if let unit = units[word] { return unit }
            if word.count == 1, let value = digits(word) { return value }
            return nil
        }
    }
}
