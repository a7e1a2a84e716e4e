import CodeHooks
import LexFacts

/// English month and weekday names with their common abbreviations, and the calendar rules
/// the Date grammar needs ("the next such date on or after today").
enum CalendarWords {
    /// Month names and abbreviations → 1...12 (the tokenizer already dropped a trailing `.`).
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names and abbreviations → ISO weekday, 1 = Monday ... 7 = Sunday.
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4,
        "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    /// The first date on or after `today` that falls on `weekday`.
    static func weekday(_ target: Int, onOrAfter today: CalendarDate) -> CalendarDate {
        today.adding(days: (target - today.weekday + 7) % 7)
    }

    /// The first date strictly after `today` that falls on `weekday`.
    static func weekday(_ target: Int, after today: CalendarDate) -> CalendarDate {
        weekday(target, onOrAfter: today.adding(days: 1))
    }

    /// The last date strictly before `today` that falls on `weekday`.
    static func weekday(_ target: Int, before today: CalendarDate) -> CalendarDate {
        today.adding(days: -((today.weekday - target + 6) % 7 + 1))
    }

    /// The first valid `month`/`day` on or after `today`, looking up to eight years ahead so that
    /// February 29 finds the next leap year; nil when the day never exists (`Feb 30`).
    static func monthDay(month: Int, day: Int, onOrAfter today: CalendarDate) -> CalendarDate? {
        for year in today.year...(today.year + 8) {
            if let date = CalendarDate(year: year, month: month, day: day), date >= today { return date }
        }
        return nil
    }

    /// The first date on or after `today` whose day of the month is `day` (`the 31st` skips
    /// months that are too short); nil for a day above 31.
    static func dayOfMonth(_ day: Int, onOrAfter today: CalendarDate) -> CalendarDate? {
        guard (1...31).contains(day) else { return nil }
        var year = today.year
        var month = today.month
        for _ in 0..<13 {
            if let date = CalendarDate(year: year, month: month, day: day), date >= today { return date }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return nil
    }

    /// `date` moved by whole months, the day clamped to the target month's length
    /// (January 31 + 1 month → February 28 or 29).
    static func adding(months: Int, to date: CalendarDate) -> CalendarDate? {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index / 12
        let month = index % 12 + 1
        let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The last day of the month `date` falls in.
    static func lastDayOfMonth(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year, month: date.month, day: CalendarDate.daysIn(month: date.month, year: date.year))!
    }
}
