import LexFacts

/// An exact decimal number as AMAZON.Number reports it: `42`, `-15`, `3.5`, `0.42`.
///
/// Kept as digit strings rather than `Double` so that `123.45` prints back as `123.45` and
/// large integers are not rounded. The canonical text drops leading zeros of the integer
/// part, trailing zeros of the fraction and the sign of zero.
struct DecimalNumber: Hashable {
    /// Whether the number is below zero.
    let negative: Bool
    /// The integer part's digits, without leading zeros; `0` for none.
    let integerDigits: String
    /// The fraction's digits, without trailing zeros; empty for an integer.
    let fractionDigits: String

    init(negative: Bool, integerDigits: some StringProtocol, fractionDigits: some StringProtocol) {
        let integer = integerDigits.drop(while: { $0 == "0" })
        var fraction = Substring(fractionDigits)
        while fraction.last == "0" { fraction = fraction.dropLast() }
        self.integerDigits = integer.isEmpty ? "0" : String(integer)
        self.fractionDigits = String(fraction)
        self.negative = negative && !(self.integerDigits == "0" && self.fractionDigits.isEmpty)
    }

    /// The canonical text: `-15`, `0.42`.
    var text: String {
        (negative ? "-" : "") + integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// The number as a fraction with a power-of-ten denominator; nil if it does not fit an `Int`.
    var rational: (numerator: Int, denominator: Int)? {
        guard integerDigits.count + fractionDigits.count <= 15,
            let numerator = Int(integerDigits + fractionDigits)
        else { return nil }
        var denominator = 1
        for _ in fractionDigits { denominator *= 10 }
        return (negative ? -numerator : numerator, denominator)
    }

    /// Parses a written number: an optional sign (`-`, `−`, `+`), digits with optional `,` thousands
    /// grouping (`1,000`), and an optional `.` fraction (`3.5`, `.5`).
    static func parse(written text: String) -> DecimalNumber? {
        var rest = Substring(text)
        var negative = false
        if let first = rest.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, !(integerPart.isEmpty && fraction.isEmpty),
            fraction.allSatisfy(isDigit), let integer = groupedDigits(integerPart)
        else { return nil }
        return DecimalNumber(negative: negative, integerDigits: integer, fractionDigits: fraction)
    }

    /// Parses a spoken number: `[minus|negative] (cardinal | digits) [point digit...]` or
    /// `[minus] point digit...` (`point four two` → 0.42).
    static func parse(spoken words: ArraySlice<String>) -> DecimalNumber? {
        var rest = words
        var negative = false
        if let first = rest.first, first == "minus" || first == "negative" {
            negative = true
            rest = rest.dropFirst()
        }
        let point = rest.firstIndex(of: "point") ?? rest.endIndex
        let integerWords = rest[..<point]
        var integer = "0"
        if !integerWords.isEmpty {
            if integerWords.count == 1, let written = parse(written: integerWords[integerWords.startIndex]) {
                guard !written.negative else { return nil }
                if point == rest.endIndex {
                    return DecimalNumber(
                        negative: negative, integerDigits: written.integerDigits,
                        fractionDigits: written.fractionDigits)
                }
                guard written.fractionDigits.isEmpty else { return nil }
                integer = written.integerDigits
            } else {
                guard let value = NumberWords.cardinal(integerWords) else { return nil }
                integer = String(value)
            }
        }
        var fraction = ""
        if point < rest.endIndex {
            let digitWords = rest[(point + 1)...]
            guard !digitWords.isEmpty else { return nil }
            for word in digitWords {
                guard let digit = NumberWords.digitWord(word) else { return nil }
                fraction.append(String(digit))
            }
        } else if integerWords.isEmpty {
            return nil
        }
        return DecimalNumber(negative: negative, integerDigits: integer, fractionDigits: fraction)
    }

    /// Digits with optional thousands commas (`1,000,000`); nil for a malformed group.
    private static func groupedDigits(_ text: Substring) -> Substring? {
        guard text.contains("," as Character) else { return text.allSatisfy(isDigit) ? text : nil }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy(isDigit) })
        else { return nil }
        return Substring(groups.joined())
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
