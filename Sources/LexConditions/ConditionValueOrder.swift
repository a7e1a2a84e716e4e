/// Reading values of each kind as something orderable, and comparing.
enum ConditionValueOrder {
    /// `text` read as `kind`: a number, or `nil` when it is not of that kind (text kinds never
    /// fail: they are compared as folded strings).
    static func number(_ text: String, as kind: ConditionValueKind) -> Double? {
        switch kind {
        case .number:
            let trimmed = text.hasSuffix("%") ? String(text.dropLast()) : text
            return ConditionNumber.parse(trimmed)
        case .date: return date(text)
        case .time: return time(text)
        case .duration: return ConditionDuration.seconds(text)
        case .text, .untyped: return nil
        }
    }

    /// Compares `value` with `constant` under `kind`; `nil` when either side is not of the kind.
    static func compare(
        _ value: String, _ comparator: ConditionComparator, _ constant: String, as kind: ConditionValueKind
    )
        -> Bool?
    {
        switch kind {
        case .text:
            return holds(comparator, fold(value), fold(constant))
        case .untyped:
            if let left = ConditionNumber.parse(value), let right = ConditionNumber.parse(constant) {
                return holds(comparator, left, right)
            }
            return holds(comparator, fold(value), fold(constant))
        case .number, .date, .time, .duration:
            guard let left = number(value, as: kind), let right = number(constant, as: kind) else { return nil }
            return holds(comparator, left, right)
        }
    }

    /// Whether `comparator` holds between two ordered values.
    static func holds<T: Comparable>(_ comparator: ConditionComparator, _ left: T, _ right: T) -> Bool {
        switch comparator {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        }
    }

    /// Text for a case-insensitive comparison by code: A-Z become a-z, nothing else changes, and
    /// the result orders by Unicode scalar value (for ASCII, the ASCII code Lex speaks of).
    static func fold(_ text: String) -> FoldedText {
        FoldedText(
            codes: text.unicodeScalars.map { scalar in
                ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value
            })
    }

    /// Text with A-Z folded to a-z, ordered code by code.
    struct FoldedText: Comparable {
        let codes: [UInt32]

        static func < (lhs: FoldedText, rhs: FoldedText) -> Bool {
            lhs.codes.lexicographicallyPrecedes(rhs.codes)
        }
    }

    /// `YYYY-MM-DD` as the number YYYYMMDD, which orders like the dates.
    static func date(_ text: String) -> Double? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return Double(year * 10_000 + month * 100 + day)
    }

    /// `HH:MM` or `HH:MM:SS` as seconds since midnight.
    static func time(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }) else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (0...23).contains(numbers[0]), (0...59).contains(numbers[1]) else {
            return nil
        }
        let seconds = numbers.count == 3 ? numbers[2] : 0
        guard (0...59).contains(seconds) else { return nil }
        return Double(numbers[0] * 3600 + numbers[1] * 60 + seconds)
    }
}
