/// What a time qualifier makes of a dial position: a.m., p.m., or night (p.m. for 6–11, a.m. for 12
/// and 1–5, as in `11 at night` and `2 at night`).
enum TimeQualifier: Sendable, Hashable {
    case am, pm, night
}

/// The words a locale's pattern fields read, built once per locale.
struct PhraseVocabulary: Sendable {
    /// Ordinal day forms from Foundation (`1er`, `1º`, `1.`, `1번째`).
    var ordinals = PhraseTable<Int>()
    /// Spelled-out cardinals from Foundation (`veintitrés`, `이십삼`) and the data file's number words.
    var cardinals = PhraseTable<Int>()
    /// Numbers said before a counter (`세` in `세 시`).
    var counters = PhraseTable<Int>()
    /// Day-of-month words of the data file (`primero`).
    var dayWords = PhraseTable<Int>()
    /// Month names, 1...12.
    var months = PhraseTable<Int>()
    /// Weekday names, ISO 1...7.
    var weekdays = PhraseTable<Int>()
    /// a.m./p.m. symbols and day periods.
    var qualifiers = PhraseTable<TimeQualifier>()

    /// The readings of `field` at `start` of `text`: (end, value, whether it was written in digits).
    func readings(_ field: PhrasePattern.Field, _ text: [Character], _ start: Int) -> [(Int, Int, Bool)] {
        var found: [(Int, Int, Bool)] = []
        func digits(_ range: ClosedRange<Int>, widths: ClosedRange<Int>) {
            let end = PhraseText.digitRunEnd(text, start)
            guard widths.contains(end - start), let value = PhraseText.number(text, start, end), range.contains(value)
            else { return }
            found.append((end, value, true))
        }
        func words(_ table: PhraseTable<Int>, _ range: ClosedRange<Int>) {
            for (end, value) in table.prefixes(of: text, at: start) where range.contains(value) {
                found.append((end, value, false))
            }
        }
        switch field {
        case .day:
            words(ordinals, 1...31)
            words(dayWords, 1...31)
            digits(1...31, widths: 1...2)
            words(cardinals, 1...31)
        case .monthNumber:
            digits(1...12, widths: 1...2)
            words(cardinals, 1...12)
        case .monthName:
            words(months, 1...12)
        case .month:
            words(months, 1...12)
            digits(1...12, widths: 1...2)
            words(cardinals, 1...12)
        case .year:
            digits(1000...9999, widths: 4...4)
            digits(0...99, widths: 2...2)
        case .weekday:
            words(weekdays, 1...7)
        case .hour:
            digits(0...24, widths: 1...2)
            words(counters, 0...24)
            words(cardinals, 0...24)
        case .minute:
            digits(0...59, widths: 1...2)
            words(cardinals, 0...59)
        case .qualifier:
            break
        }
        return found.sorted { $0.0 > $1.0 }
    }
}

/// The values a pattern match read.
struct PhraseCaptures: Sendable, Equatable {
    var day: Int?
    var month: Int?
    var year: Int?
    /// Whether the year was written with two digits (`26` = 2026).
    var shortYear = false
    var weekday: Int?
    var hour: Int?
    var minute: Int?
    var qualifier: TimeQualifier?
    /// Whether the hour was written in digits.
    var hourWasDigits = false
    /// Whether the hour and minute were both digits joined by punctuation (`15:30`): a 24-hour clock.
    var digitClock = false
}

extension PhrasePattern {
    /// The captures if the whole of `text` (folded characters) matches, else nil. The qualifier field
    /// is optional (`a h시` also reads `3시`).
    func match(_ text: [Character], _ vocabulary: PhraseVocabulary) -> PhraseCaptures? {
        func attempt(_ element: Int, _ position: Int, _ captures: PhraseCaptures) -> PhraseCaptures? {
            let position = PhraseText.skipSpaces(text, position)
            guard element < elements.count else { return position == text.count ? captures : nil }
            switch elements[element] {
            case .word(let word):
                guard position + word.count <= text.count, Array(text[position..<(position + word.count)]) == word,
                    PhraseText.isBoundary(text, position), PhraseText.isBoundary(text, position + word.count)
                else { return nil }
                return attempt(element + 1, position + word.count, captures)
            case .punctuation(let character, let required):
                if position < text.count, text[position] == character,
                    let result = attempt(element + 1, position + 1, captures)
                {
                    return result
                }
                return required ? nil : attempt(element + 1, position, captures)
            case .field(.qualifier):
                for (end, qualifier) in vocabulary.qualifiers.prefixes(of: text, at: position)
                where PhraseText.isBoundary(text, position) {
                    var next = captures
                    next.qualifier = qualifier
                    if let result = attempt(element + 1, end, next) { return result }
                }
                return attempt(element + 1, position, captures)
            case .field(let field):
                guard PhraseText.isBoundary(text, position) else { return nil }
                for (end, value, isDigits) in vocabulary.readings(field, text, position) {
                    var next = captures
                    switch field {
                    case .day: next.day = value
                    case .monthName, .monthNumber, .month: next.month = value
                    case .year:
                        next.year = value
                        next.shortYear = end - position == 2
                    case .weekday: next.weekday = value
                    case .hour:
                        next.hour = value
                        next.hourWasDigits = isDigits
                    case .minute:
                        next.minute = value
                        next.digitClock =
                            isDigits && next.hourWasDigits && end - position == 2
                            && position > 0 && text[position - 1] == ":"
                    case .qualifier: break
                    }
                    if let result = attempt(element + 1, end, next) { return result }
                }
                return nil
            }
        }
        return attempt(0, 0, PhraseCaptures())
    }
}
