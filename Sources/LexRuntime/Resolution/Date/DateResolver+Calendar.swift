import CodeHooks
import LexFacts

extension DateResolver {
    /// Explicit calendar dates: ISO `2026-11-23`; numeric in the locale's order (US `11/23/2026`,
    /// `11/23/26`, `11/23`; British `23/11/2026`; South African `2026/11/23`); `Nov 23`,
    /// `November 23rd`, `November the 23rd`, `November twenty-third`, `November 23 2026`;
    /// `23 November`, `the 23rd of November`, `23rd of November 2026`; a day alone (`the 23rd`,
    /// `23rd`, `the twenty third`, `the 23`). Without a year: the next such date on or after today.
    static func calendarDate(
        _ words: ArraySlice<String>, today: CalendarDate, orders: [LocaleLexicon.NumericDateOrder] = [.monthDayYear]
    ) -> CalendarDate? {
        if words.count == 1, let word = words.first {
            if let date = CalendarDate(iso: word) { return date }
            if word.contains("/" as Character) {
                for order in orders {
                    if let date = slashDate(word, today: today, order: order) { return date }
                }
                return nil
            }
        }
        if let month = words.first.flatMap({ CalendarWords.months[$0] }) {
            return monthFirst(month: month, rest: words.dropFirst(), today: today)
        }
        if let monthIndex = words.firstIndex(where: { CalendarWords.months[$0] != nil }) {
            return dayFirst(words, monthIndex: monthIndex, today: today)
        }
        // A day alone must be an ordinal (`23rd`, `the twenty third`) or follow `the` (`the 23`),
        // so that a bare number is not taken for a date.
        var dayWords = words
        var saysThe = false
        if dayWords.first == "the" {
            dayWords = dayWords.dropFirst()
            saysThe = true
        }
        let cardinal = saysThe && dayWords.count == 1 ? dayWords.first.flatMap { NumberWords.digits($0) } : nil
        guard let day = NumberWords.ordinal(dayWords) ?? cardinal else { return nil }
        return CalendarWords.dayOfMonth(day, onOrAfter: today)
    }

    /// `11/23/2026`, `11/23/26` (20YY), `11/23` with the month first, as in the US; `23/11/2026`,
    /// `23/11` with the day first (en_GB, en_AU, en_IN ...); `2026/11/23` with the year first (en_ZA,
    /// which also reads `23/11/2026` day first, as its medium pattern puts the day first).
    private static func slashDate(
        _ word: String, today: CalendarDate, order: LocaleLexicon.NumericDateOrder
    ) -> CalendarDate? {
        var parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        if order == .yearMonthDay {
            guard parts.count == 3, parts[0].count == 4 else { return nil }
            parts = [parts[1], parts[2], parts[0]]
        } else if order == .dayMonthYear {
            parts.swapAt(0, 1)
        }
        guard parts[0].count <= 2, parts[1].count <= 2,
            let month = NumberWords.digits(parts[0]), let day = NumberWords.digits(parts[1])
        else { return nil }
        guard parts.count == 3 else { return CalendarWords.monthDay(month: month, day: day, onOrAfter: today) }
        guard parts[2].count == 4 || parts[2].count == 2, let written = NumberWords.digits(parts[2]) else {
            return nil
        }
        return CalendarDate(year: parts[2].count == 2 ? 2000 + written : written, month: month, day: day)
    }

    /// `November 23`, `Nov the 23rd`, `November twenty third 2026`.
    private static func monthFirst(month: Int, rest: ArraySlice<String>, today: CalendarDate) -> CalendarDate? {
        var rest = rest
        if rest.first == "the" { rest = rest.dropFirst() }
        let (dayWords, year) = splitYear(rest)
        guard let day = dayNumber(dayWords) else { return nil }
        return date(month: month, day: day, year: year, today: today)
    }

    /// `23 November`, `the 23rd of November`, `twenty third of November 2026`.
    private static func dayFirst(_ words: ArraySlice<String>, monthIndex: Int, today: CalendarDate) -> CalendarDate? {
        var dayWords = words[..<monthIndex]
        if dayWords.first == "the" { dayWords = dayWords.dropFirst() }
        if dayWords.last == "of" { dayWords = dayWords.dropLast() }
        let (yearWords, year) = splitYear(words[(monthIndex + 1)...])
        guard yearWords.isEmpty, let day = dayNumber(dayWords) else { return nil }
        return date(month: CalendarWords.months[words[monthIndex]]!, day: day, year: year, today: today)
    }

    /// Separates a trailing four-digit year from the words before it.
    private static func splitYear(_ words: ArraySlice<String>) -> (ArraySlice<String>, Int?) {
        if let last = words.last, last.count == 4, let year = NumberWords.digits(last) {
            return (words.dropLast(), year)
        }
        return (words, nil)
    }

    /// A day of the month next to a month name: an ordinal, or a cardinal in digits or words.
    private static func dayNumber(_ words: ArraySlice<String>) -> Int? {
        guard !words.isEmpty, let day = NumberWords.ordinal(words) ?? NumberWords.integer(words),
            (1...31).contains(day)
        else { return nil }
        return day
    }

    /// The date with an explicit year, or else the next such month-day on or after today.
    private static func date(month: Int, day: Int, year: Int?, today: CalendarDate) -> CalendarDate? {
        guard let year else { return CalendarWords.monthDay(month: month, day: day, onOrAfter: today) }
        return CalendarDate(year: year, month: month, day: day)
    }
}
