import CodeHooks
import LexFacts

/// English month and weekday names with their common abbreviations, and the calendar rules
/// the Date grammar needs ("the next such date on or after today").
///
/// The names are Foundation's (`DateFormatter` symbols of `en_US`: full and short), plus the
/// abbreviations of the en_US locale data file that Foundation lacks (`sept`, `tues`, `thur`, `thurs`).
enum CalendarWords {
    /// Month names and abbreviations → 1...12 (the tokenizer already dropped a trailing `.`).
    static let months: [String: Int] = {
        let english = FoundationLocale(LexLocale.named("en_US")!)
        var table: [String: Int] = [:]
        for (name, month) in english.monthNames { table[name.lowercased()] = month }
        for (name, month) in LexLocaleData.named("en_US")?.monthAliases ?? [:] { table[name.lowercased()] = month }
        return table
    }()

    /// Weekday names and abbreviations → ISO weekday, 1 = Monday ... 7 = Sunday.
    static let weekdays: [String: Int] = {
        let english = FoundationLocale(LexLocale.named("en_US")!)
        var table: [String: Int] = [:]
        for (name, weekday) in english.weekdayNames { table[name.lowercased()] = weekday }
        for (name, weekday) in LexLocaleData.named("en_US")?.weekdayAliases ?? [:] {
            table[name.lowercased()] = weekday
        }
        return table
    }()

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
