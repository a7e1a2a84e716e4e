import CodeHooks
import LexFacts

/// AMAZON.Date: phrases → `YYYY-MM-DD`, relative to the conversation's clock.
///
/// Follows the Lex V2 guide where it is documented (a day without a year is the next such day
/// on or after today; `next week` is the Sunday of the current week; `this month` is its first
/// day; ...) and DESIGN §5 where it is not (`next monday` is the first Monday strictly after
/// today). Past dates (`yesterday`, `last week`, `11/23/2020`) resolve: rejecting them is the
/// code hook's business, as with real Lex. Anything not listed in `docs/slot-resolution.md`
/// does not resolve.
enum DateResolver {
    /// Resolves AMAZON.Date relative to `today`; numeric dates read in the first of `orders` (the
    /// locale's) that gives a date.
    static func resolve(
        _ span: TokenSpan, today: CalendarDate, orders: [LocaleLexicon.NumericDateOrder] = [.monthDayYear]
    ) -> SlotResolution {
        let original = span.originalText
        guard let date = date(span.words[...], today: today, orders: orders) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(date.iso, from: original)
    }

    /// The date a phrase names, or nil.
    static func date(
        _ phrase: ArraySlice<String>, today: CalendarDate, orders: [LocaleLexicon.NumericDateOrder] = [.monthDayYear]
    ) -> CalendarDate? {
        var words = phrase
        if words.first == "on" { words = words.dropFirst() }
        guard let first = words.first else { return nil }
        if let date = relativeDay(words, today: today) ?? weekdayPhrase(words, today: today)
            ?? period(words, today: today) ?? offset(words, today: today)
            ?? calendarDate(words, today: today, orders: orders)
        {
            return date
        }
        // "monday the 23rd", "friday, november 27": the weekday must agree with the date.
        if let weekday = CalendarWords.weekdays[first], words.count > 1,
            let date = calendarDate(words.dropFirst(), today: today, orders: orders)
        {
            return date.weekday == weekday ? date : nil
        }
        return nil
    }

    /// `today`, `now`, `tonight`, `tomorrow`, `[the] day after tomorrow`, `yesterday`,
    /// `[the] day before yesterday`.
    private static func relativeDay(_ words: ArraySlice<String>, today: CalendarDate) -> CalendarDate? {
        var words = words
        if words.first == "the", words.count == 4 { words = words.dropFirst() }
        switch words.joined(separator: " ") {
        case "today", "now", "tonight": return today
        case "tomorrow": return today.adding(days: 1)
        case "day after tomorrow": return today.adding(days: 2)
        case "yesterday": return today.adding(days: -1)
        case "day before yesterday": return today.adding(days: -2)
        default: return nil
        }
    }

    /// `monday`, `this monday`, `coming monday`, `this coming monday` (first such day on or after
    /// today); `next monday` (first strictly after today); `last monday` (last strictly before).
    private static func weekdayPhrase(_ words: ArraySlice<String>, today: CalendarDate) -> CalendarDate? {
        guard let last = words.last, let weekday = CalendarWords.weekdays[last] else { return nil }
        switch words.dropLast().joined(separator: " ") {
        case "", "this", "coming", "this coming": return CalendarWords.weekday(weekday, onOrAfter: today)
        case "next": return CalendarWords.weekday(weekday, after: today)
        case "last", "past", "previous": return CalendarWords.weekday(weekday, before: today)
        default: return nil
        }
    }
}
