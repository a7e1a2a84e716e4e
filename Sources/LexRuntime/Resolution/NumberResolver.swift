/// AMAZON.Number and AMAZON.Percentage.
///
/// Number: written numbers (`42`, `-15`, `3.5`, `1,000`) and spoken ones (`thirty`,
/// `one hundred twenty three`, `minus 15`, `point four two`, `one hundred twenty three point four
/// five`), reported in canonical decimal form (`123.45`, `0.42`, `-15`). Percentage: a number
/// followed by `percent`, `per cent` or `%` (`50%`, `twenty five percent` → `25%`); a bare number
/// stays a number, as the Lex guide documents.
enum NumberResolver {
    /// Resolves AMAZON.Number.
    static func resolveNumber(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard let number = number(span.words[...]) else { return .unresolved(originalValue: original) }
        return .resolved(number.text, from: original)
    }

    /// Resolves AMAZON.Percentage.
    static func resolvePercentage(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        var words = span.words[...]
        var isPercent = false
        if words.last == "percent" || words.last == "%" {
            words = words.dropLast()
            isPercent = true
        } else if words.suffix(2) == ["per", "cent"] {
            words = words.dropLast(2)
            isPercent = true
        } else if let last = words.last, last.count > 1, last.hasSuffix("%") {
            words = words.dropLast() + [String(last.dropLast())]
            isPercent = true
        }
        guard let number = number(words) else { return .unresolved(originalValue: original) }
        return .resolved(number.text + (isPercent ? "%" : ""), from: original)
    }

    /// A number written as one token or spoken as words.
    static func number(_ words: ArraySlice<String>) -> DecimalNumber? {
        if words.count == 1, let word = words.first, let written = DecimalNumber.parse(written: word) {
            return written
        }
        return DecimalNumber.parse(spoken: words)
    }
}
