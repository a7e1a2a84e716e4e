import Foundation
import LexFacts

extension GenericTables {
    /// Spelled-out numbers (0...9,999), ordinals (1...31) and the data file's number words.
    mutating func buildNumbers(data: LexLocaleData, foundation: FoundationLocale) {
        for (word, value) in data.numberWords { vocabulary.cardinals.add(word, value) }
        for (text, value) in foundation.spelledOut(0...9_999) { vocabulary.cardinals.add(text, value) }
        for (word, value) in data.counterWords { vocabulary.counters.add(word, value) }
        for (text, value) in foundation.ordinals(1...31) { vocabulary.ordinals.add(text, value) }
        for (word, value) in data.dayWords { vocabulary.dayWords.add(word, value) }
        for (text, value) in foundation.spelledOut(0...9) { digitWords.add(text, value) }
        for (word, value) in data.numberWords where value <= 9 { digitWords.add(word, value) }
        let separators = foundation.separators
        decimalSeparator = TextFold.fold(separators.decimal).first ?? "."
        let grouping = TextFold.fold(separators.grouping)
        groupingSeparator = grouping.first ?? (decimalSeparator == "," ? "." : ",")
        minusWords = Self.folded(data.minusWords)
        pointWords = Self.folded(data.pointWords)
        percentWords = Self.folded(data.percentWords + ["%"])
        percentPrefixes = Self.folded(data.percentPrefixes)
    }

    /// Month and weekday names, date shapes, named days and periods, offsets and weekday phrases.
    mutating func buildDates(data: LexLocaleData, foundation: FoundationLocale) {
        for (name, month) in foundation.monthNames {
            vocabulary.months.add(name, month)
            if name.hasSuffix(".") { vocabulary.months.add(String(name.dropLast()), month) }
        }
        for (name, month) in data.monthAliases { vocabulary.months.add(name, month) }
        for (name, weekday) in foundation.weekdayNames {
            vocabulary.weekdays.add(name, weekday)
            if name.hasSuffix(".") { vocabulary.weekdays.add(String(name.dropLast()), weekday) }
        }
        for (name, weekday) in data.weekdayAliases { vocabulary.weekdays.add(name, weekday) }
        let templates = ["yMMMMEEEEd", "MMMMEEEEd", "yMMMMd", "MMMMd", "yMMMd", "MMMd", "yMd", "Md"]
        for template in templates {
            guard let text = foundation.pattern(template), let pattern = PhrasePattern.icu(text) else { continue }
            datePatterns.append(pattern)
        }
        for (phrase, days) in data.relativeDays { relativeDays.add(phrase, days) }
        for days in -2...2 { relativeDays.add(foundation.relative(.day, days, named: true), days) }
        let periods: [(FoundationLocale.Unit, Period)] = [(.week, .week), (.month, .month), (.year, .year)]
        for (unit, period) in periods {
            for direction in -1...1 {
                let phrase = foundation.relative(unit, direction, named: true)
                relativePeriods.add(phrase, RelativePeriod(period: period, direction: direction))
            }
        }
        let limits: [(FoundationLocale.Unit, Int)] = [(.day, 31), (.week, 12), (.month, 12), (.year, 10)]
        for (unit, limit) in limits {
            for amount in 1...limit {
                for signed in [amount, -amount] {
                    offsets.add(foundation.relative(unit, signed, named: false), Offset(unit: unit, amount: signed))
                }
            }
        }
        datePrefixes = Self.folded(data.datePrefixes)
        dateSuffixes = Self.folded(data.dateSuffixes)
        for relation in LexLocaleData.weekdayRelations {
            guard let kind = WeekdayRelation(rawValue: relation) else { continue }
            for text in data.weekdayPhrases[relation] ?? [] {
                if let pattern = PhrasePattern.placeholders(text) { weekdayPatterns.append((pattern, kind)) }
            }
        }
        weekdayPatterns.append((PhrasePattern([.field(.weekday)]), .this))
    }
}
