import LexFacts

extension ClockReading {
    /// Minutes past or to an hour: `half past ten`, `quarter past 3`, `a quarter to four`,
    /// `twenty past six`, `10 minutes to 5`, `quarter of four` (US "of" = to), `quarter past noon`.
    /// The hour is 1–12 (or `noon`/`midnight`); the result is a dial position, or an exact time
    /// when the hour is `noon` or `midnight`.
    private static func relativeMinutes(_ words: ArraySlice<String>) -> (minutes: Int, allowsTo: Bool)? {
        var words = words
        if words.last == "minutes" || words.last == "minute" || words.last == "mins" || words.last == "min" {
            words = words.dropLast()
            guard let value = NumberWords.integer(words), (1...59).contains(value) else { return nil }
            return (value, true)
        }
        switch words.joined(separator: " ") {
        case "half": return (30, false)
        case "quarter", "a quarter": return (15, true)
        default:
            guard let value = NumberWords.integer(words), (1...59).contains(value) else { return nil }
            return (value, true)
        }
    }

    /// The core of a relative form, or nil.
    static func relative(_ words: ArraySlice<String>) -> Core? {
        let connectors: [String: Int] = [
            "past": 1, "after": 1, "to": -1, "before": -1, "till": -1, "til": -1, "of": -1,
        ]
        guard let index = words.firstIndex(where: { connectors[$0] != nil }), index > words.startIndex,
            let sign = connectors[words[index]], let offset = relativeMinutes(words[..<index]),
            sign > 0 || offset.allowsTo
        else { return nil }
        let hourWords = words[(index + 1)...]
        switch hourWords.joined(separator: " ") {
        case "noon", "midday": return .fixed(720 + sign * offset.minutes)
        case "midnight": return .fixed((1440 + sign * offset.minutes) % 1440)
        default:
            guard let hour = NumberWords.integer(hourWords), (1...12).contains(hour) else { return nil }
            return .dial(((hour % 12) * 60 + sign * offset.minutes + 720) % 720)
        }
    }
}
