import LexFacts

/// What a spoken or written time of day means: one exact time, or a position on the 12-hour
/// dial that could be a.m. or p.m.
///
/// Grammar (after an optional leading `at`), with an optional qualifier at the end — `am`,
/// `pm`, `a.m.`, `p.m.`, attached (`3pm`, `10:30am`), `in the morning|afternoon|evening`,
/// `this morning|afternoon|evening`, `at night`, `tonight`:
/// - a digit clock `H:MM` / `HH:MM` (24-hour without a qualifier, 1–12 with one);
/// - an hour in digits or words, optionally with `o'clock` (`3`, `three o'clock`, `15`);
/// - an hour and minutes (`ten thirty`, `ten oh five`, `10 30`, `twenty one fifteen`);
/// - minutes past or to an hour (`half past ten`, `quarter to four`, `twenty past 6`,
///   `5 minutes to noon`);
/// - `noon`, `midday`, `midnight`, `12 noon`, `12 midnight` (never with a qualifier).
enum ClockReading: Equatable {
    /// An unambiguous time, minutes since midnight.
    case exact(Int)
    /// A time on the 12-hour dial (0 = twelve o'clock) with no a.m./p.m. qualifier: the
    /// candidates are `dial` and `dial + 720`.
    case ambiguous(Int)

    enum Qualifier {
        case am, pm, night
    }

    /// A parsed core before the qualifier is applied.
    enum Core {
        /// A digit clock `H:MM`: 24-hour unless qualified.
        case clock(hour: Int, minute: Int)
        /// An hour (digits or words) with optional minutes.
        case hour(hour: Int, minute: Int)
        /// A relative form on the 12-hour dial (`quarter to four`).
        case dial(Int)
        /// `noon`, `midnight` and forms relative to them.
        case fixed(Int)
    }

    private static let qualifierPhrases: [([String], Qualifier)] = [
        (["in", "the", "morning"], .am), (["this", "morning"], .am), (["in", "the", "afternoon"], .pm),
        (["this", "afternoon"], .pm), (["in", "the", "evening"], .pm), (["this", "evening"], .pm),
        (["at", "night"], .night), (["tonight"], .night), (["am"], .am), (["a.m"], .am), (["a", "m"], .am),
        (["pm"], .pm), (["p.m"], .pm), (["p", "m"], .pm),
    ]

    /// Parses a time phrase (without a part-of-day answer such as `morning`).
    static func parse(_ phrase: ArraySlice<String>) -> ClockReading? {
        var words = Array(phrase)
        var qualifier: Qualifier?
        for (suffix, found) in qualifierPhrases
        where words.count > suffix.count && words.suffix(suffix.count) == suffix[...] {
            words.removeLast(suffix.count)
            qualifier = found
            break
        }
        if qualifier == nil, let last = words.last, let attached = attachedQualifier(last) {
            words[words.count - 1] = attached.stem
            qualifier = attached.qualifier
        }
        var saysOClock = false
        if let last = words.last, last == "o'clock" || last == "oclock" {
            words.removeLast()
            saysOClock = true
        }
        guard let core = core(words[...]) else { return nil }
        if saysOClock {
            guard case .hour(_, 0) = core, words.count == 1 else { return nil }
        }
        return apply(qualifier, to: core)
    }

    /// Splits `3pm`, `10:30am`, `3p.m` into the time and its qualifier.
    private static func attachedQualifier(_ word: String) -> (stem: String, qualifier: Qualifier)? {
        for (suffix, qualifier) in [("a.m", Qualifier.am), ("p.m", .pm), ("am", .am), ("pm", .pm)]
        where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            guard let first = stem.first, first.isASCII, first.isNumber else { return nil }
            return (stem, qualifier)
        }
        return nil
    }

    private static func apply(_ qualifier: Qualifier?, to core: Core) -> ClockReading? {
        switch core {
        case .fixed(let minutes):
            return qualifier == nil ? .exact(minutes) : nil
        case .dial(let dial):
            return qualified(dial, qualifier)
        case .clock(let hour, let minute):
            guard let qualifier else { return .exact(hour * 60 + minute) }
            guard (1...12).contains(hour) else { return nil }
            return qualified((hour % 12) * 60 + minute, qualifier)
        case .hour(let hour, let minute):
            guard (1...12).contains(hour) else { return qualifier == nil ? .exact(hour * 60 + minute) : nil }
            return qualified((hour % 12) * 60 + minute, qualifier)
        }
    }

    private static func qualified(_ dial: Int, _ qualifier: Qualifier?) -> ClockReading {
        switch qualifier {
        case nil: return .ambiguous(dial)
        case .am: return .exact(dial)
        case .pm: return .exact(dial + 720)
        case .night: return .exact(dial < 360 ? dial : dial + 720)
        }
    }

    private static func core(_ words: ArraySlice<String>) -> Core? {
        switch words.joined(separator: " ") {
        case "noon", "midday", "12 noon", "twelve noon": return .fixed(720)
        case "midnight", "12 midnight", "twelve midnight": return .fixed(0)
        default: break
        }
        if words.count == 1, let word = words.first, word.contains(":" as Character) { return clock(word) }
        if let hour = NumberWords.integer(words) {
            return (0...23).contains(hour) ? .hour(hour: hour, minute: 0) : nil
        }
        if let relative = relative(words) { return relative }
        for split in 1..<max(1, words.count) {
            let hourWords = words.prefix(split)
            if let hour = NumberWords.integer(hourWords), (0...23).contains(hour),
                let minute = minutes(words.dropFirst(split))
            {
                return .hour(hour: hour, minute: minute)
            }
        }
        return nil
    }

    /// `H:MM` or `HH:MM`, hour 0–23.
    private static func clock(_ word: String) -> Core? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = NumberWords.digits(parts[0]), let minute = NumberWords.digits(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return .clock(hour: hour, minute: minute)
    }

    /// The minutes after a spoken hour: `thirty`, `forty five`, `oh five`, `05`, `30`.
    private static func minutes(_ words: ArraySlice<String>) -> Int? {
        guard let first = words.first else { return nil }
        if words.count == 2, first == "oh" || first == "o", let digit = NumberWords.digitWord(words.last!),
            digit > 0
        {
            return digit
        }
        if words.count == 1, first.count == 2, let value = NumberWords.digits(first) {
            return value <= 59 ? value : nil
        }
        guard let value = NumberWords.cardinal(words), (10...59).contains(value) else { return nil }
        return value
    }
}
