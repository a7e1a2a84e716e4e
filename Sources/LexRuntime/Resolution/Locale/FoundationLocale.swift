import Foundation
import LexFacts

/// What Foundation's locale data (ICU and CLDR) says about one Lex locale: month and weekday names,
/// date and time patterns, spelled-out and ordinal numbers, a.m./p.m. symbols and day periods, named
/// relative days, weeks, months and years, relative offsets, duration units and number separators.
///
/// Used only while a `LocaleLexicon` is built. Dates are always Gregorian (Lex resolves AMAZON.Date to
/// ISO-8601), in UTC, around a fixed reference day, so nothing here depends on the machine's clock or
/// time zone.
struct FoundationLocale {
    /// A calendar unit of relative phrases.
    enum Unit: CaseIterable {
        case day, week, month, year
    }

    let locale: Locale
    let calendar: Calendar
    /// 2026-01-15 12:00 UTC: the day relative phrases are formatted around.
    let reference: Date

    init(_ lex: LexLocale) {
        locale = Locale(identifier: lex.foundationIdentifier)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        calendar.locale = locale
        self.calendar = calendar
        let day = CalendarDate(year: 2026, month: 1, day: 15)!.dayNumber
        reference = Date(timeIntervalSince1970: Double(day * 86_400 + 43_200))
    }

    private func formatter(_ format: String? = nil) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        if let format { formatter.dateFormat = format }
        return formatter
    }

    /// The locale's pattern for a template (`yMMMMd` → `d 'de' MMMM 'de' y`).
    func pattern(_ template: String) -> String? {
        DateFormatter.dateFormat(fromTemplate: template, options: 0, locale: locale)
    }

    /// The orders in which the locale writes the parts of a numeric date: its numeric pattern's (`yMd`),
    /// and, where that puts the year first (en_ZA `2026/11/23`), the day-and-month order of its medium
    /// pattern (`yMMMd`, en_ZA `23 Nov 2026`) for dates that do not start with a year.
    var numericDateOrders: [LocaleLexicon.NumericDateOrder] {
        func order(_ template: String) -> LocaleLexicon.NumericDateOrder {
            let text = pattern(template) ?? "M/d/y"
            guard let day = text.firstIndex(of: "d"), let month = text.firstIndex(where: { $0 == "M" || $0 == "L" })
            else { return .monthDayYear }
            if template == "yMd", let year = text.firstIndex(of: "y"), year < month { return .yearMonthDay }
            return month < day ? .monthDayYear : .dayMonthYear
        }
        let numeric = order("yMd")
        return numeric == .yearMonthDay ? [numeric, order("yMMMd")] : [numeric]
    }

    /// Month names, full and short, formatting and stand-alone forms, with their numbers.
    var monthNames: [(String, Int)] {
        let formatter = formatter()
        let lists = [
            formatter.monthSymbols, formatter.standaloneMonthSymbols, formatter.shortMonthSymbols,
            formatter.shortStandaloneMonthSymbols,
        ]
        return lists.flatMap { ($0 ?? []).enumerated().map { ($0.element, $0.offset + 1) } }
    }

    /// Weekday names, full and short (a one-character short name is left out: `月` and `일` are also
    /// words of dates), with their ISO numbers (1 = Monday).
    var weekdayNames: [(String, Int)] {
        let formatter = formatter()
        let full = [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols]
        let short = [formatter.shortWeekdaySymbols, formatter.shortStandaloneWeekdaySymbols]
        let iso = { (index: Int) in index == 0 ? 7 : index }
        return full.flatMap { ($0 ?? []).enumerated().map { ($0.element, iso($0.offset)) } }
            + short.flatMap {
                ($0 ?? []).enumerated().filter { $0.element.count > 1 }.map { ($0.element, iso($0.offset)) }
            }
    }

    /// Numbers spelled out (`veintitrés`).
    func spelledOut(_ range: ClosedRange<Int>) -> [(String, Int)] {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .spellOut
        return range.compactMap { number in formatter.string(from: NSNumber(value: number)).map { ($0, number) } }
    }

    /// Ordinal forms (`1er`, `1º`, `1.`).
    func ordinals(_ range: ClosedRange<Int>) -> [(String, Int)] {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .ordinal
        return range.compactMap { number in formatter.string(from: NSNumber(value: number)).map { ($0, number) } }
    }

    /// The decimal and grouping separators.
    var separators: (decimal: String, grouping: String) {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        return (formatter.decimalSeparator ?? ".", formatter.groupingSeparator ?? ",")
    }

    /// The a.m. and p.m. symbols.
    var dayHalves: (am: String, pm: String) {
        let formatter = formatter()
        return (formatter.amSymbol, formatter.pmSymbol)
    }

    /// The day periods (`in the morning`, `de la tarde`, `아침`) with the hours each covers, wide and
    /// abbreviated, and the locale's word for noon.
    var dayPeriods: (periods: [String: Set<Int>], noon: [String]) {
        var periods: [String: Set<Int>] = [:]
        for format in ["BBBB", "B"] {
            let formatter = formatter(format)
            for hour in 0..<24 {
                periods[formatter.string(from: reference.addingTimeInterval(Double(hour - 12) * 3600)), default: []]
                    .insert(hour)
            }
        }
        let noon = ["bbbb", "b"].map { formatter($0).string(from: reference) }
        return (periods, noon)
    }

    /// The date `amount` units after the reference day.
    private func shifted(_ unit: Unit, _ amount: Int) -> Date {
        let component: Calendar.Component =
            switch unit {
            case .day: .day
            case .week: .weekOfYear
            case .month: .month
            case .year: .year
            }
        return calendar.date(byAdding: component, value: amount, to: reference) ?? reference
    }

    /// How the locale says the date `amount` units away from today: named (`mañana`, `la próxima
    /// semana`) or numeric (`dentro de 3 días`).
    func relative(_ unit: Unit, _ amount: Int, named: Bool) -> String {
        let field: Date.RelativeFormatStyle.Field =
            switch unit {
            case .day: .day
            case .week: .week
            case .month: .month
            case .year: .year
            }
        var style = Date.AnchoredRelativeFormatStyle(
            anchor: shifted(unit, amount), presentation: named ? .named : .numeric, unitsStyle: .wide,
            locale: locale, calendar: calendar)
        style.allowedFields = [field]
        return style.format(reference)
    }

    /// A duration of `seconds` formatted with only `unit`, in `width`.
    func duration(seconds: Int, unit: Duration.UnitsFormatStyle.Unit, width: Duration.UnitsFormatStyle.UnitWidth)
        -> String
    {
        Duration.seconds(seconds).formatted(.units(allowed: [unit], width: width).locale(locale))
    }

    /// Three hours and thirty minutes in words (`3 horas y 30 minutos`), for the connector between units.
    var twoUnitDuration: String {
        Duration.seconds(3 * 3600 + 30 * 60).formatted(
            .units(allowed: [.hours, .minutes], width: .wide).locale(locale))
    }
}
