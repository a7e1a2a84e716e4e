import CodeHooks
import LexFacts

/// AMAZON.Time: phrases → 24-hour `HH:MM`, an ambiguous pair, or a part of the day.
///
/// Lex V2 documents three outcomes (built-in-slot-time): an exact time (`10 AM` → `10:00`), an
/// ambiguous one (`10 o'clock` → no interpreted value, `["10:00","22:00"]`) and a range
/// (`morning` → `MO`). DESIGN §5 adds that digit clock forms are 24-hour (`9:05` → `09:05`), so
/// only bare hours and spoken forms without a qualifier are ambiguous. Twelve o'clock without a
/// qualifier is `["00:00","12:00"]`: the a.m. reading first, as for every other hour.
enum TimeResolver {
    /// Resolves AMAZON.Time; `partsOfDay` are the locale's parts of the day (`morning` → `MO`, from
    /// its data file), reported as the Lex range codes.
    static func resolve(_ span: TokenSpan, partsOfDay: [String: String]) -> SlotResolution {
        let original = span.originalText
        var words = span.words[...]
        if words.first == "at" { words = words.dropFirst() }
        if let period = partsOfDay[words.joined(separator: " ")] { return .resolved(period, from: original) }
        guard let reading = ClockReading.parse(words) else { return .unresolved(originalValue: original) }
        switch reading {
        case .exact(let minutes):
            return .resolved(format(minutes), from: original)
        case .ambiguous(let dial):
            return .ambiguous(originalValue: original, candidates: [format(dial), format(dial + 720)])
        }
    }

    /// `HH:MM` for minutes since midnight (taken modulo a day).
    static func format(_ minutes: Int) -> String {
        TimeOfDay(minutes: ((minutes % 1440) + 1440) % 1440)!.hhmm
    }
}
