import LexFacts

/// AMAZON.Date in a non-English locale, from the locale's own words: ISO dates; the locale's date
/// shapes with month names or numbers (`23 de noviembre de 2026`, `3월 10일`, `10.3.`, `3月10日`); named
/// days (`mañana`, `내일`, `明日`); named weeks, months and years (`la próxima semana`); offsets
/// (`dentro de 3 días`, `3일 후`); weekdays alone or in the data file's phrases (`el próximo lunes`,
/// `다음 주 월요일`). Words around a date that carry no meaning (`el`, `에`) are skipped.
///
/// The rules are the English grammar's (docs/slot-resolution.md): a day without a year is the next such
/// day on or after today; weeks, months and years follow the Lex V2 guide.
enum LocaleDateGrammar {
    /// Resolves AMAZON.Date.
    static func resolve(_ span: TokenSpan, today: CalendarDate, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        guard let date = date(TextFold.fold(original), today: today, tables: tables) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(date.iso, from: original)
    }

    /// The date a folded phrase names, or nil.
    static func date(_ phrase: String, today: CalendarDate, tables: GenericTables) -> CalendarDate? {
        if let iso = CalendarDate(iso: phrase) { return iso }
        for candidate in LocaleGrammar.trimmed(phrase, prefixes: tables.datePrefixes, suffixes: tables.dateSuffixes) {
            if let date = plain(candidate, today: today, tables: tables) { return date }
        }
        return nil
    }

    private static func plain(_ phrase: String, today: CalendarDate, tables: GenericTables) -> CalendarDate? {
        if let days = tables.relativeDays.value(of: phrase) { return today.adding(days: days) }
        if let period = tables.relativePeriods.value(of: phrase) { return self.period(period, today: today) }
        if let offset = tables.offsets.value(of: phrase) { return self.offset(offset, today: today) }
        let text = Array(phrase)
        for (pattern, relation) in tables.weekdayPatterns {
            guard let captures = pattern.match(text, tables.vocabulary), let weekday = captures.weekday else {
                continue
            }
            return self.weekday(weekday, relation, today: today)
        }
        for pattern in tables.datePatterns {
            guard let captures = pattern.match(text, tables.vocabulary), let month = captures.month,
                let day = captures.day
            else { continue }
            let year = captures.year.map { captures.shortYear ? 2000 + $0 : $0 }
            let date =
                year.flatMap { CalendarDate(year: $0, month: month, day: day) }
                ?? (year == nil ? CalendarWords.monthDay(month: month, day: day, onOrAfter: today) : nil)
            guard let date else { continue }
            if let weekday = captures.weekday, weekday != date.weekday { continue }
            return date
        }
        return nil
    }

    /// `la próxima semana` → the Sunday of this week; `este mes` → the 1st; `el año pasado` → January 1
    /// of last year (the Lex V2 rules, as for English).
    static func period(_ named: GenericTables.RelativePeriod, today: CalendarDate) -> CalendarDate? {
        let words: [String]
        switch named.period {
        case .week: words = ["week"]
        case .month: words = ["month"]
        case .year: words = ["year"]
        }
        let relation = named.direction > 0 ? "next" : named.direction < 0 ? "last" : "this"
        return DateResolver.period(([relation] + words)[...], today: today)
    }

    /// Today moved by an offset; months and years keep the day, clamped to the month's length.
    static func offset(_ offset: GenericTables.Offset, today: CalendarDate) -> CalendarDate? {
        switch offset.unit {
        case .day: today.adding(days: offset.amount)
        case .week: today.adding(days: 7 * offset.amount)
        case .month: CalendarWords.adding(months: offset.amount, to: today)
        case .year: CalendarWords.adding(months: 12 * offset.amount, to: today)
        }
    }

    /// The day a weekday phrase names: `this` is on or after today, `next` strictly after, `last`
    /// strictly before; the `…Week` relations take the weekday in this, next or last Monday-to-Sunday week.
    static func weekday(_ weekday: Int, _ relation: GenericTables.WeekdayRelation, today: CalendarDate) -> CalendarDate
    {
        let monday = today.adding(days: 1 - today.weekday)
        switch relation {
        case .this: return CalendarWords.weekday(weekday, onOrAfter: today)
        case .next: return CalendarWords.weekday(weekday, after: today)
        case .last: return CalendarWords.weekday(weekday, before: today)
        case .thisWeek: return monday.adding(days: weekday - 1)
        case .nextWeek: return monday.adding(days: 6 + weekday)
        case .lastWeek: return monday.adding(days: weekday - 8)
        }
    }
}

/// Helpers shared by the locale grammars.
enum LocaleGrammar {
    /// The phrase, then the phrase without one meaningless word at its start and/or end (`el 23 de
    /// marzo` → `23 de marzo`; `3월 10일에` → `3월 10일`), most stripped last.
    static func trimmed(_ phrase: String, prefixes: [String], suffixes: [String]) -> [String] {
        var results = [phrase]
        var withoutPrefix: [String] = []
        for prefix in prefixes where phrase.count > prefix.count && phrase.hasPrefix(prefix) {
            let rest = phrase.dropFirst(prefix.count)
            guard let first = rest.first, first == " " || !TextFold.isSpacedLetter(first) else { continue }
            withoutPrefix.append(String(rest).trimmingSpaces)
        }
        results += withoutPrefix
        for base in [phrase] + withoutPrefix {
            for suffix in suffixes where base.count > suffix.count && base.hasSuffix(suffix) {
                let rest = base.dropLast(suffix.count)
                guard let last = rest.last, last == " " || !TextFold.isSpacedLetter(last) else { continue }
                results.append(String(rest).trimmingSpaces)
            }
        }
        return results
    }
}

extension String {
    /// The string without spaces at either end.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
