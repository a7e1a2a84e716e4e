import Foundation
import LexFacts

extension GenericTables {
    /// Qualifiers (a.m./p.m. symbols, day periods, the data file's), parts of the day, noon and midnight,
    /// and the time shapes of Foundation's templates and the data file.
    mutating func buildTimes(data: LexLocaleData, foundation: FoundationLocale) {
        let halves = foundation.dayHalves
        for (symbol, qualifier) in [(halves.am, TimeQualifier.am), (halves.pm, .pm)] {
            vocabulary.qualifiers.add(symbol, qualifier)
            let bare = symbol.filter { $0 != "." && $0 != " " }
            if !bare.isEmpty { vocabulary.qualifiers.add(bare, qualifier) }
        }
        for (kind, qualifier) in [("am", TimeQualifier.am), ("pm", .pm), ("night", .night)] {
            for phrase in data.timeQualifiers[kind] ?? [] { vocabulary.qualifiers.add(phrase, qualifier) }
        }
        for code in LexLocaleData.partOfDayCodes {
            for phrase in data.partsOfDay[code] ?? [] { partsOfDay.add(phrase, code) }
        }
        let periods = foundation.dayPeriods
        for (phrase, hours) in periods.periods.sorted(by: { $0.key < $1.key }) where !periods.noon.contains(phrase) {
            let qualifier: TimeQualifier =
                hours.allSatisfy { $0 < 12 } ? .am : hours.allSatisfy { $0 >= 12 } ? .pm : .night
            vocabulary.qualifiers.add(phrase, qualifier)
            partsOfDay.add(phrase, Self.partOfDay(hours))
        }
        for phrase in data.noon + periods.noon { noonAndMidnight.add(phrase, 720) }
        for phrase in data.midnight { noonAndMidnight.add(phrase, 0) }
        timePrefixes = Self.folded(data.timePrefixes)
        timeSuffixes = Self.folded(data.timeSuffixes)
        for template in ["jm", "hm", "Hm", "j", "Bhm", "Bh"] {
            guard let text = foundation.pattern(template), let pattern = PhrasePattern.icu(text),
                pattern.has(.hour)
            else { continue }
            timeShapes.append(TimeShape(pattern: pattern, minutes: 0, minutesBefore: false))
        }
        for phrase in data.timePhrases {
            guard let pattern = PhrasePattern.placeholders(phrase.pattern) else { continue }
            timeShapes.append(
                TimeShape(pattern: pattern, minutes: phrase.minutes ?? 0, minutesBefore: phrase.minutesBefore))
        }
        let clock = PhrasePattern([.field(.hour), .punctuation(":", required: true), .field(.minute)])
        timeShapes.append(TimeShape(pattern: clock, minutes: 0, minutesBefore: false))
        timeShapes.append(TimeShape(pattern: PhrasePattern([.field(.hour)]), minutes: 0, minutesBefore: false))
    }

    /// The Lex range code of a day period, by the hours it covers: most of them in 6–11 is morning,
    /// 12–17 afternoon, 18–20 evening, 21–5 night (ties go to the earlier part).
    static func partOfDay(_ hours: Set<Int>) -> String {
        var counts = ["MO": 0, "AF": 0, "EV": 0, "NI": 0]
        for hour in hours {
            let code =
                switch hour {
                case 6...11: "MO"
                case 12...17: "AF"
                case 18...20: "EV"
                default: "NI"
                }
            counts[code, default: 0] += 1
        }
        return LexLocaleData.partOfDayCodes.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? "MO"
    }

    /// Duration units from Foundation's duration formats (weeks ... seconds) and relative phrases (months
    /// and years), the connector between two units, and the data file's words.
    mutating func buildDurations(data: LexLocaleData, foundation: FoundationLocale) {
        let units: [(Duration.UnitsFormatStyle.Unit, Int, DurationResolver.Unit)] = [
            (.weeks, 604_800, .week), (.days, 86_400, .day), (.hours, 3600, .hour), (.minutes, 60, .minute),
            (.seconds, 1, .second),
        ]
        let widths: [Duration.UnitsFormatStyle.UnitWidth] = [.wide, .abbreviated, .narrow]
        for (unit, seconds, resolved) in units {
            for width in widths {
                for amount in [1, 2, 3, 5, 11, 21, 100] {
                    let word = Self.withoutDigits(
                        foundation.duration(seconds: amount * seconds, unit: unit, width: width))
                    if !word.isEmpty { durationUnits.add(word, resolved) }
                }
            }
        }
        for amount in [1, 2, 3, 5, 11, 21] {
            let day = TextFold.fold(foundation.relative(.day, amount, named: false))
            for (unit, resolved) in [(FoundationLocale.Unit.month, DurationResolver.Unit.month), (.year, .year)] {
                let other = TextFold.fold(foundation.relative(unit, amount, named: false))
                let word = Self.withoutDigits(Self.difference(day, other))
                if !word.isEmpty { durationUnits.add(word, resolved) }
            }
        }
        for (name, words) in data.durationUnits {
            guard let unit = DurationResolver.Unit(name: name) else { continue }
            for word in words { durationUnits.add(word, unit) }
        }
        var connectors = [","]
        let parts = TextFold.fold(foundation.twoUnitDuration)
        if let hours = parts.range(of: "3"), let minutes = parts.range(of: "30", options: .backwards),
            hours.upperBound < minutes.lowerBound
        {
            let middle = Self.withoutDigits(String(parts[hours.upperBound..<minutes.lowerBound]))
            for word in middle.split(separator: " ") where word.count <= 4 {
                let connector = String(word).filter { !$0.isPunctuation }
                if !connector.isEmpty, durationUnits.value(of: connector) == nil { connectors.append(connector) }
            }
        }
        durationConnectors = Self.folded(connectors)
        durationHalfSuffixes = Self.folded(data.durationHalfSuffixes)
        durationHalfPrefixes = Self.folded(data.durationHalfPrefixes)
        for (phrase, value) in data.durationPhrases { durationPhrases.add(phrase, value) }
    }

    /// The text with its digits removed and its spaces trimmed (`3 horas` → `horas`).
    static func withoutDigits(_ text: String) -> String {
        TextFold.fold(text).filter { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
    }

    /// The part of `other` that differs from `base`: what is left after their common beginning and end
    /// (`dentro de 3 días` / `dentro de 3 meses` → `meses`).
    static func difference(_ base: String, _ other: String) -> String {
        let left = Array(base)
        let right = Array(other)
        var prefix = 0
        while prefix < min(left.count, right.count), left[prefix] == right[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(left.count, right.count) - prefix,
            left[left.count - 1 - suffix] == right[right.count - 1 - suffix]
        {
            suffix += 1
        }
        var start = prefix
        var end = right.count - suffix
        while start > 0, start < right.count, TextFold.isSpacedLetter(right[start - 1]),
            TextFold.isSpacedLetter(right[start])
        {
            start -= 1
        }
        while end > 0, end < right.count, TextFold.isSpacedLetter(right[end - 1]), TextFold.isSpacedLetter(right[end]) {
            end += 1
        }
        return start < end ? String(right[start..<end]) : ""
    }
}

extension DurationResolver.Unit {
    /// The unit a locale data file names (`year`, `month`, `week`, `day`, `hour`, `minute`, `second`).
    init?(name: String) {
        switch name {
        case "year": self = .year
        case "month": self = .month
        case "week": self = .week
        case "day": self = .day
        case "hour": self = .hour
        case "minute": self = .minute
        case "second": self = .second
        default: return nil
        }
    }
}
