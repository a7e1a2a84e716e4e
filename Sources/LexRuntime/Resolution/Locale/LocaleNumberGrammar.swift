import LexFacts

/// AMAZON.Number, AMAZON.Percentage and AMAZON.PhoneNumber in a non-English locale.
///
/// Numbers: digits with the locale's decimal and grouping separators (`1.234,5` in pt_BR, `3,5` in
/// de_DE), else with `.` and `,` as in English; Foundation's spelled-out cardinals 0–9,999
/// (`veintitrés`, `이십삼`, `二十三`) and the data file's number words; a minus word before, and a point
/// word with spelled or written digits after (`tres coma cinco` → `3.5`). Percentages: a number with `%`,
/// a percent word after it (`por ciento`, `Prozent`) or before it (`百分之`). Phone numbers: digits and
/// single spelled digits, with `+ - . ( )` as in English.
enum LocaleNumberGrammar {
    /// Resolves AMAZON.Number.
    static func resolveNumber(_ span: TokenSpan, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        guard let number = number(TextFold.fold(original), tables: tables) else {
            return .unresolved(originalValue: original)
        }
        return .resolved(number.text, from: original)
    }

    /// Resolves AMAZON.Percentage.
    static func resolvePercentage(_ span: TokenSpan, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        let folded = TextFold.fold(original)
        var body = folded
        var isPercent = false
        for word in tables.percentWords where body.count > word.count && body.hasSuffix(word) {
            body = String(body.dropLast(word.count)).trimmingSpaces
            isPercent = true
            break
        }
        if !isPercent {
            for word in tables.percentPrefixes where body.count > word.count && body.hasPrefix(word) {
                body = String(body.dropFirst(word.count)).trimmingSpaces
                isPercent = true
                break
            }
        }
        guard let number = number(body, tables: tables) else { return .unresolved(originalValue: original) }
        return .resolved(number.text + (isPercent ? "%" : ""), from: original)
    }

    /// A number written or spelled in the locale.
    static func number(_ phrase: String, tables: GenericTables) -> DecimalNumber? {
        if let written = written(phrase, tables: tables) { return written }
        var rest = phrase
        var negative = false
        for word in tables.minusWords
        where rest.hasPrefix(word + " ") || rest.hasPrefix(word) && rest.count > word.count {
            rest = String(rest.dropFirst(word.count)).trimmingSpaces
            negative = true
            break
        }
        if negative, let written = written(rest, tables: tables), !written.negative {
            return DecimalNumber(
                negative: true, integerDigits: written.integerDigits, fractionDigits: written.fractionDigits)
        }
        var integerPart = rest
        var fraction = ""
        for word in tables.pointWords {
            guard let range = rest.range(of: " " + word + " ") else { continue }
            integerPart = String(rest[..<range.lowerBound])
            let digitText = Array(String(rest[range.upperBound...]))
            guard let digits = spelledDigits(digitText, tables: tables) else { return nil }
            fraction = digits
            break
        }
        guard let integer = integer(integerPart, tables: tables) else { return nil }
        return DecimalNumber(negative: negative, integerDigits: String(integer), fractionDigits: fraction)
    }

    /// A whole number: ASCII digits or a spelled-out cardinal.
    static func integer(_ phrase: String, tables: GenericTables) -> Int? {
        if let digits = NumberWords.digits(phrase) { return digits }
        return tables.vocabulary.cardinals.value(of: phrase) ?? tables.vocabulary.counters.value(of: phrase)
    }

    /// A written number in the locale's convention, then in English's.
    private static func written(_ phrase: String, tables: GenericTables) -> DecimalNumber? {
        guard !phrase.contains(" ") else { return nil }
        if tables.decimalSeparator != "." {
            let swapped = String(
                phrase.compactMap { character -> Character? in
                    if character == tables.decimalSeparator { return "." }
                    if character == tables.groupingSeparator { return "," }
                    return character == "." || character == "," ? "|" : character
                })
            if let number = DecimalNumber.parse(written: swapped) { return number }
        }
        return DecimalNumber.parse(written: phrase)
    }

    /// Digits after a point word: written digits, or single digits spelled one by one.
    private static func spelledDigits(_ text: [Character], tables: GenericTables) -> String? {
        var digits = ""
        var index = PhraseText.skipSpaces(text, 0)
        while index < text.count {
            let run = PhraseText.digitRunEnd(text, index)
            if run > index {
                digits += String(text[index..<run])
                index = PhraseText.skipSpaces(text, run)
                continue
            }
            guard let (end, value) = tables.digitWords.prefixes(of: text, at: index).first else { return nil }
            digits += String(value)
            index = PhraseText.skipSpaces(text, end)
        }
        return digits.isEmpty ? nil : digits
    }

    /// Resolves AMAZON.PhoneNumber: 3–15 digits, a leading `+` kept, `- . ( )` and spaces dropped,
    /// single digits spelled in the locale read as digits.
    static func resolvePhoneNumber(_ span: TokenSpan, tables: GenericTables) -> SlotResolution {
        let original = span.originalText
        let text = Array(TextFold.fold(original))
        var digits = ""
        var international = false
        var index = 0
        while index < text.count {
            let character = text[index]
            if let ascii = character.asciiValue, (48...57).contains(ascii) {
                digits.append(character)
                index += 1
            } else if character == "+", digits.isEmpty, !international {
                international = true
                index += 1
            } else if " -.()".contains(character) {
                index += 1
            } else if let (end, value) = tables.digitWords.prefixes(of: text, at: index).first {
                digits += String(value)
                index = end
            } else {
                return .unresolved(originalValue: original)
            }
        }
        guard (3...15).contains(digits.count) else { return .unresolved(originalValue: original) }
        return .resolved((international ? "+" : "") + digits, from: original)
    }
}
