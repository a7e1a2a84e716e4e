/// AMAZON.Duration in a non-English locale: the data file's whole phrases (`un quart d'heure`), or
/// amounts with units (`2 horas y 30 minutos`, `3時間30分`, `두 시간 반`), where an amount is digits (with
/// the locale's decimal separator), a spelled-out number or a counter word, and a unit is one of
/// Foundation's duration or relative-date unit words or the data file's; half a unit before it
/// (`media hora`, `eine halbe Stunde`) or after it (`una hora y media`, `1時間半`). Normalised to ISO-8601
/// exactly as in English.
enum LocaleDurationGrammar {
    /// Resolves AMAZON.Duration.
    static func resolve(_ span: TokenSpan, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        let folded = TextFold.fold(original)
        if let whole = tables.durationPhrases.value(of: folded) { return .resolved(whole, from: original) }
        guard let parts = parts(Array(folded), tables: tables), let iso = ISODuration(parts)?.text else {
            return .unresolved(originalValue: original)
        }
        return .resolved(iso, from: original)
    }

    /// Amounts per unit, or nil when a word is neither an amount, a unit, a half nor a connector.
    static func parts(_ text: [Character], tables: GenericTables) -> [DurationResolver.Unit: Fraction]? {
        var parts: [DurationResolver.Unit: Fraction] = [:]
        var index = PhraseText.skipSpaces(text, 0)
        func skip(_ words: [String]) -> Bool {
            for word in words {
                let characters = Array(word)
                guard index + characters.count <= text.count,
                    Array(text[index..<(index + characters.count)]) == characters,
                    PhraseText.isBoundary(text, index + characters.count)
                else { continue }
                index = PhraseText.skipSpaces(text, index + characters.count)
                return true
            }
            return false
        }
        while index < text.count {
            if !parts.isEmpty, skip(tables.durationConnectors) { continue }
            var amount: Fraction
            if skip(tables.durationHalfPrefixes) {
                amount = .half
            } else if let (end, value) = self.amount(text, index, tables: tables) {
                amount = value
                index = PhraseText.skipSpaces(text, end)
            } else {
                return nil
            }
            guard let (end, unit) = tables.durationUnits.prefixes(of: text, at: index).first else { return nil }
            index = PhraseText.skipSpaces(text, end)
            if skip(tables.durationHalfSuffixes) { amount = amount + .half }
            guard parts[unit] == nil, amount.numerator <= 1_000_000 else { return nil }
            parts[unit] = amount
        }
        return parts.isEmpty ? nil : parts
    }

    /// An amount at `start`: digits with an optional decimal part, or a spelled or counter number.
    private static func amount(_ text: [Character], _ start: Int, tables: GenericTables) -> (Int, Fraction)? {
        let end = PhraseText.digitRunEnd(text, start)
        if end > start, let whole = PhraseText.number(text, start, end) {
            if end + 1 < text.count, text[end] == tables.decimalSeparator || text[end] == ".",
                case let fractionEnd = PhraseText.digitRunEnd(text, end + 1), fractionEnd > end + 1,
                fractionEnd - end - 1 <= 6, let fraction = PhraseText.number(text, end + 1, fractionEnd)
            {
                var denominator = 1
                for _ in (end + 1)..<fractionEnd { denominator *= 10 }
                return (fractionEnd, Fraction(whole * denominator + fraction, denominator))
            }
            return (end, Fraction(whole))
        }
        let words =
            tables.vocabulary.counters.prefixes(of: text, at: start)
            + tables.vocabulary.cardinals.prefixes(of: text, at: start)
        for (wordEnd, value) in words.sorted(by: { $0.end > $1.end }) where value > 0 {
            let next = PhraseText.skipSpaces(text, wordEnd)
            if !tables.durationUnits.prefixes(of: text, at: next).isEmpty { return (wordEnd, Fraction(value)) }
        }
        return nil
    }
}
