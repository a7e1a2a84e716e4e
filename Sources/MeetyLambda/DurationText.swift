import LexFacts

/// Reads a meeting length in minutes from what the MeetingDuration slot carries.
///
/// The slot type resolves with ORIGINAL_VALUE, so its interpreted value can be anything the user
/// said: `30`, `30.0`, `30 minutes`, `30min`, `PT30M`, `thirty`, `half an hour`, `an hour`,
/// `1.5 hours`. Every form that names a whole number of minutes is read; anything else is `nil`,
/// which the booking rules treat as "not 30 or 60" instead of crashing on it.
enum DurationText {
    /// The whole number of minutes the text names, or `nil`.
    static func minutes(in text: String) -> Int? {
        // The common case, a listed value such as "30", needs no words.
        if !text.isEmpty, text.utf8.count <= 6, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return Int(text)
        }
        let lowered = text.lowercased().trimmingWhitespace
        guard !lowered.isEmpty else { return nil }
        if let iso = isoMinutes(lowered) { return iso }
        var words = spaced(lowered).split(separator: " ").map(String.init)
        words = expandPhrases(words)
        return spokenMinutes(words)
    }

    /// ISO 8601 durations as AMAZON.Duration writes them: `PT30M`, `PT1H`, `PT1H30M`, `P1D`.
    private static func isoMinutes(_ text: String) -> Int? {
        guard text.hasPrefix("p"), text.count > 1 else { return nil }
        var total = 0.0
        var number = ""
        var inTime = false
        var sawComponent = false
        for character in text.dropFirst() {
            switch character {
            case "t" where !inTime && number.isEmpty:
                inTime = true
            case "0"..."9", ".":
                number.append(character)
            case "d", "h", "m", "s", "w":
                guard let value = Double(number) else { return nil }
                let unit: Double
                switch (character, inTime) {
                case ("w", false): unit = 7 * 1440
                case ("d", false): unit = 1440
                case ("h", true): unit = 60
                case ("m", true): unit = 1
                case ("s", true): unit = 1.0 / 60
                default: return nil
                }
                total += value * unit
                number = ""
                sawComponent = true
            default:
                return nil
            }
        }
        guard sawComponent, number.isEmpty else { return nil }
        return whole(total)
    }

    /// Puts spaces between digits and letters (`30min` → `30 min`) and turns hyphens and commas
    /// into spaces (`thirty-five`).
    private static func spaced(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            let mapped: Character = character == "-" && previous?.isLetter == true ? " " : character
            if let previous, previous.isNumber != mapped.isNumber, previous.isLetter || mapped.isLetter,
                previous != " ", mapped != " "
            {
                result.append(" ")
            }
            result.append(mapped == "," ? " " : mapped)
            previous = mapped
        }
        return result
    }

    /// Rewrites fixed phrases into `<number> <unit>` words.
    private static func expandPhrases(_ words: [String]) -> [String] {
        let phrases: [([String], [String])] = [
            (["an", "hour", "and", "a", "half"], ["90", "minutes"]),
            (["half", "an", "hour"], ["30", "minutes"]),
            (["a", "half", "hour"], ["30", "minutes"]),
            (["half", "hour"], ["30", "minutes"]),
            (["a", "quarter", "of", "an", "hour"], ["15", "minutes"]),
            (["quarter", "of", "an", "hour"], ["15", "minutes"]),
            (["and", "a", "half", "hours"], [".5", "hours"]),
        ]
        var result = words
        for (pattern, replacement) in phrases {
            var index = 0
            while index + pattern.count <= result.count {
                if Array(result[index..<index + pattern.count]) == pattern {
                    result.replaceSubrange(index..<index + pattern.count, with: replacement)
                }
                index += 1
            }
        }
        return result.reduce(into: []) { merged, word in
            if word == ".5", let last = merged.last,
                let value = Double(last) ?? NumberWords.cardinal([last]).map(Double.init)
            {
                merged[merged.count - 1] = String(value + 0.5)
            } else {
                merged.append(word)
            }
        }
    }

    /// `<number> [<unit>]` terms, optionally joined by `and`: `1 hour 30 minutes`, `thirty`.
    private static func spokenMinutes(_ words: [String]) -> Int? {
        var total = 0.0
        var index = 0
        var terms = 0
        while index < words.count {
            if words[index] == "and", terms > 0 {
                index += 1
                continue
            }
            guard let (value, used) = number(at: index, in: words) else { return nil }
            index += used
            var unit = 1.0
            if index < words.count, let factor = unitFactor(words[index]) {
                unit = factor
                index += 1
            } else if terms > 0 || index < words.count {
                return nil
            }
            total += value * unit
            terms += 1
        }
        return terms > 0 ? whole(total) : nil
    }

    /// A number written in digits (`30`, `30.0`, `-30`, `1.5`) or words (`thirty`, `thirty five`,
    /// `an`), and how many words it used. Words are read with the simulator's own table
    /// (`NumberWords`), so every spelling the runtime resolves is one the hook reads.
    private static func number(at index: Int, in words: [String]) -> (Double, Int)? {
        let word = words[index]
        if let value = Double(word), word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) {
            return (value, 1)
        }
        if word == "a" || word == "an" { return (1, 1) }
        // The longest run of words that is one well-formed number ("thirty five", not "thirty").
        for count in stride(from: min(words.count - index, 6), through: 1, by: -1) {
            if let value = NumberWords.cardinal(words[index..<index + count]) { return (Double(value), count) }
        }
        return nil
    }

    private static func unitFactor(_ word: String) -> Double? {
        switch word {
        case "m", "min", "mins", "minute", "minutes": 1
        case "h", "hr", "hrs", "hour", "hours": 60
        default: nil
        }
    }

    private static func whole(_ value: Double) -> Int? {
        guard value.isFinite, value.rounded() == value, abs(value) < 1e9 else { return nil }
        return Int(value)
    }
}
