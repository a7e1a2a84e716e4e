/// AMAZON.Duration: phrases → ISO-8601 durations (`PnYnMnWnDTnHnMnS`).
///
/// The Lex V2 guide's examples (`ten minutes` → `PT10M`, `five hours ten minutes` → `PT5H10M`,
/// `eight weeks` → `P8W`, `two years three hours ten minutes` → `P2YT3H10M`) fix the format;
/// DESIGN §5 adds `90 min` → `PT1H30M` and `1.5 hours` → `PT1H30M`, so seconds and minutes carry
/// into minutes and hours (hours do not carry into days: `36 hours` → `PT36H`).
enum DurationResolver {
    /// The units a duration can be spoken in.
    enum Unit: CaseIterable {
        case year, month, week, day, hour, minute, second
    }

    private static let unitWords: [String: Unit] = [
        "year": .year, "years": .year, "yr": .year, "yrs": .year, "month": .month, "months": .month,
        "week": .week, "weeks": .week, "wk": .week, "wks": .week, "day": .day, "days": .day,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "minute": .minute, "minutes": .minute,
        "min": .minute, "mins": .minute, "second": .second, "seconds": .second, "sec": .second, "secs": .second,
    ]
    /// Unit suffixes accepted directly after digits (`30min`, `2h`, `45s`).
    private static let attachedUnits: [String: Unit] = [
        "y": .year, "yr": .year, "yrs": .year, "w": .week, "wk": .week, "wks": .week, "d": .day, "h": .hour,
        "hr": .hour, "hrs": .hour, "m": .minute, "min": .minute, "mins": .minute, "s": .second, "sec": .second,
        "secs": .second,
    ]

    /// Resolves AMAZON.Duration.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard let parts = parts(span.words[...]), let iso = ISODuration(parts)?.text else {
            return .unresolved(originalValue: original)
        }
        return .resolved(iso, from: original)
    }

    /// Splits a phrase into amounts per unit: `an hour and a half` → [hour: 3/2]. Each unit may
    /// appear once; nil when any word is not part of an amount or unit.
    static func parts(_ phrase: ArraySlice<String>) -> [Unit: Fraction]? {
        var words = phrase
        if words.first == "for" { words = words.dropFirst() }
        var parts: [Unit: Fraction] = [:]
        while let first = words.first {
            if first == "and", !parts.isEmpty, words.count > 1 {
                words = words.dropFirst()
                continue
            }
            var amount: Fraction
            let unit: Unit
            if let attached = attached(first) {
                (amount, unit) = attached
                words = words.dropFirst()
            } else {
                guard let unitIndex = words.firstIndex(where: { unitWords[$0] != nil }) else { return nil }
                var amountWords = words[..<unitIndex]
                var extra = Fraction.zero
                if amountWords.suffix(3) == ["and", "a", "half"] {
                    amountWords = amountWords.dropLast(3)
                    extra = .half
                }
                guard let value = quantity(amountWords) else { return nil }
                amount = value + extra
                unit = unitWords[words[unitIndex]]!
                words = words[(unitIndex + 1)...]
            }
            if words.prefix(3) == ["and", "a", "half"] {
                amount = amount + .half
                words = words.dropFirst(3)
            }
            guard parts[unit] == nil, amount.numerator <= 1_000_000 else { return nil }
            parts[unit] = amount
        }
        return parts.isEmpty ? nil : parts
    }

    /// `30min`, `1.5h`, `2hrs`: digits directly followed by a unit abbreviation.
    private static func attached(_ word: String) -> (Fraction, Unit)? {
        guard let split = word.firstIndex(where: { $0.isLetter }), split > word.startIndex,
            let unit = attachedUnits[String(word[split...])],
            let number = DecimalNumber.parse(written: String(word[..<split])), !number.negative,
            let value = number.rational
        else { return nil }
        return (Fraction(value.numerator, value.denominator), unit)
    }

    /// An amount before a unit word: `a`, `an`, `half a`, `a quarter of an`, `three quarters of
    /// an`, digits (`90`, `1.5`) or spoken numbers (`forty five`, `one point five`).
    private static func quantity(_ words: ArraySlice<String>) -> Fraction? {
        switch words.joined(separator: " ") {
        case "a", "an": return Fraction(1)
        case "half", "half a", "half an", "a half": return .half
        case "quarter", "a quarter", "quarter of a", "quarter of an", "a quarter of a", "a quarter of an":
            return Fraction(1, 4)
        case "three quarters", "three quarters of a", "three quarters of an": return Fraction(3, 4)
        default:
            guard !words.isEmpty, let number = NumberResolver.number(words), !number.negative,
                let value = number.rational
            else { return nil }
            return Fraction(value.numerator, value.denominator)
        }
    }
}
