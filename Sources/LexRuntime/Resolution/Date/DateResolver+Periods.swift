import CodeHooks
import LexFacts

extension DateResolver {
    /// `this|next|last week|month|year`, by the Lex V2 rules (built-in-slot-date): a future week,
    /// month or year maps to its *last* day, except that a future week maps to the last day of the
    /// *current* week (2020-11-25: `next week` → 2020-11-29); the current or a past one maps to its
    /// first day (`this week` → Monday, `this month` → the 1st, `last year` → January 1).
    static func period(_ words: ArraySlice<String>, today: CalendarDate) -> CalendarDate? {
        guard words.count == 2, let first = words.first, let last = words.last else { return nil }
        let relation: Int
        switch first {
        case "this", "current": relation = 0
        case "next", "coming": relation = 1
        case "last", "previous", "past": relation = -1
        default: return nil
        }
        switch last {
        case "week":
            let monday = today.adding(days: 1 - today.weekday)
            switch relation {
            case 1: return monday.adding(days: 6)
            case 0: return monday
            default: return monday.adding(days: -7)
            }
        case "month":
            guard let firstOfMonth = CalendarDate(year: today.year, month: today.month, day: 1),
                let shifted = CalendarWords.adding(months: relation, to: firstOfMonth)
            else { return nil }
            return relation > 0 ? CalendarWords.lastDayOfMonth(shifted) : shifted
        case "year":
            let year = today.year + relation
            return relation > 0
                ? CalendarDate(year: year, month: 12, day: 31) : CalendarDate(year: year, month: 1, day: 1)
        default:
            return nil
        }
    }

    /// `in 3 days`, `in two weeks`, `in a month`, `3 days from now`, `a week from today`: today
    /// moved by a whole number of days, weeks, months (day clamped to the month) or years.
    static func offset(_ words: ArraySlice<String>, today: CalendarDate) -> CalendarDate? {
        var words = words
        if words.first == "in" {
            words = words.dropFirst()
        } else if words.suffix(2) == ["from", "now"] || words.suffix(2) == ["from", "today"] {
            words = words.dropLast(2)
        } else {
            return nil
        }
        guard let unit = words.last, words.count >= 2 else { return nil }
        let amountWords = words.dropLast()
        let amount: Int
        if amountWords.count == 1, let word = amountWords.first, word == "a" || word == "an" {
            amount = 1
        } else if let value = NumberWords.integer(amountWords) {
            amount = value
        } else {
            return nil
        }
        guard amount <= 10_000 else { return nil }
        switch unit {
        case "day", "days": return today.adding(days: amount)
        case "week", "weeks": return today.adding(days: 7 * amount)
        case "month", "months": return CalendarWords.adding(months: amount, to: today)
        case "year", "years": return CalendarWords.adding(months: 12 * amount, to: today)
        default: return nil
        }
    }
}
