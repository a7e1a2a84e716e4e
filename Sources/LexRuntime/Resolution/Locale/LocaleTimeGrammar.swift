/// AMAZON.Time in a non-English locale, from the locale's own words: parts of the day (`por la
/// mañana` → `MO`, `저녁` → `EV`); noon and midnight; a digit clock (`15:30`, 24-hour); the locale's time
/// shapes (`3 p. m.`, `오후 3시`, `15 Uhr`, `15 h`, `3時`) and the data file's (`3 y media`, `halb vier`,
/// `3시 30분`), with an a.m./p.m. symbol or a day period before or after (`3 de la tarde`, `夜10時`).
///
/// The outcomes are the English grammar's: a qualified hour or a 24-hour clock is exact, an hour 1–12 said
/// alone is ambiguous (`["03:00","15:00"]`), an hour 0 or 13–23 is exact.
enum LocaleTimeGrammar {
    /// Resolves AMAZON.Time.
    static func resolve(_ span: TokenSpan, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        let folded = TextFold.fold(original)
        for candidate in LocaleGrammar.trimmed(folded, prefixes: tables.timePrefixes, suffixes: tables.timeSuffixes) {
            if let code = tables.partsOfDay.value(of: candidate) { return .resolved(code, from: original) }
            if let minutes = tables.noonAndMidnight.value(of: candidate) {
                return .resolved(TimeResolver.format(minutes), from: original)
            }
            if let reading = reading(candidate, tables: tables) {
                switch reading {
                case .exact(let minutes):
                    return .resolved(TimeResolver.format(minutes), from: original)
                case .ambiguous(let dial):
                    return .ambiguous(
                        originalValue: original,
                        candidates: [TimeResolver.format(dial), TimeResolver.format(dial + 720)])
                }
            }
        }
        return .unresolved(originalValue: original)
    }

    /// A time phrase read as an exact time or a dial position.
    static func reading(_ phrase: String, tables: GenericTables) -> ClockReading? {
        let text = Array(phrase)
        var qualifier: TimeQualifier?
        var core = text[...]
        // A qualifier written before or after the time (`오후 3시`, `3 de la tarde`).
        if let (end, found) = tables.vocabulary.qualifiers.prefixes(of: text, at: 0).first, end < text.count {
            core = text[PhraseText.skipSpaces(text, end)...]
            qualifier = found
        } else {
            // The longest qualifier that ends the phrase: `du soir`, not `soir`.
            for start in text.indices where start > 0 {
                guard let (end, found) = tables.vocabulary.qualifiers.prefixes(of: text, at: start).first,
                    end == text.count, PhraseText.isBoundary(text, start)
                else { continue }
                core = text[..<start]
                qualifier = found
                break
            }
        }
        let coreText = Array(core).reversed().drop { $0 == " " }.reversed()
        let body = Array(coreText)
        for shape in tables.timeShapes {
            guard var captures = shape.pattern.match(body, tables.vocabulary), let hour = captures.hour else {
                continue
            }
            if captures.qualifier == nil { captures.qualifier = qualifier }
            var minute = captures.minute ?? shape.minutes
            if captures.minute != nil, shape.minutesBefore { minute = -minute }
            if let reading = reading(hour: hour, minute: minute, captures: captures) { return reading }
        }
        return nil
    }

    /// The English grammar's rules applied to an hour and a minute offset.
    private static func reading(hour: Int, minute: Int, captures: PhraseCaptures) -> ClockReading? {
        guard (0...24).contains(hour), (-59...59).contains(minute) else { return nil }
        if let qualifier = captures.qualifier {
            guard (1...12).contains(hour) else { return nil }
            let dial = ((hour % 12) * 60 + minute + 720) % 720
            switch qualifier {
            case .am: return .exact(dial)
            case .pm: return .exact(dial + 720)
            case .night: return .exact(dial < 360 ? dial : dial + 720)
            }
        }
        if captures.digitClock {
            guard hour < 24 else { return nil }
            return .exact(hour * 60 + minute)
        }
        guard (1...12).contains(hour) else {
            guard hour < 24 || minute == 0 else { return nil }
            return .exact(((hour * 60 + minute) % 1440 + 1440) % 1440)
        }
        return .ambiguous(((hour % 12) * 60 + minute + 720) % 720)
    }
}
