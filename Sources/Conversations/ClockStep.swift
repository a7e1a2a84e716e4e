import LexFacts
import MeetyDiagnostics

/// A step that moves the script's clock (`wait: 10m` or `clock: 2026-11-20T10:30`), so a script can
/// check what time does to a conversation: contexts whose time to live runs out, the bot's idle
/// session timeout, and the hooks' idea of now.
///
/// The decoder works out where each step leaves the clock, in seconds, because the whole timeline
/// is known from `now:` and the steps before: the runner just sets it, and a step that would turn
/// the clock back is an error when the script is read.
public struct ClockStep: Sendable, Hashable {
    /// How the step was written.
    public enum Kind: Sendable, Hashable {
        /// `wait: 1h30m`: the clock moves forward by this many seconds.
        case wait(seconds: Int64)
        /// `clock: 2026-11-20T10:30`: the clock is set to this time.
        case set
    }

    /// How the step was written.
    public var kind: Kind
    /// The value as written, with its span.
    public var text: Located<String>
    /// Where the clock stands after the step, in seconds since 1970-01-01T00:00 local time.
    public var seconds: Int64

    /// Creates a clock step.
    public init(kind: Kind, text: Located<String>, seconds: Int64) {
        self.kind = kind
        self.text = text
        self.seconds = seconds
    }

    /// The clock after the step, to the minute.
    public var instant: LocalDateTime { LocalDateTime(secondsSinceEpoch: seconds) }

    /// The clock after the step as `YYYY-MM-DDTHH:MM`, with `:SS` when the seconds are not zero.
    public var iso: String {
        let rest = seconds % 60
        guard rest != 0 else { return instant.iso }
        return instant.iso + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// Reads a duration written as whole numbers with units `d`, `h`, `m`, `s` in that order, such
    /// as `90s`, `10m`, `1h30m` or `2d`: its length in seconds, or `nil` when it is not one.
    public static func seconds(of text: String) -> Int64? {
        let units: [(Character, Int64)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]
        var total: Int64 = 0
        var digits = ""
        var nextUnit = 0
        var sawUnit = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                guard digits.count <= 9 else { return nil }
                continue
            }
            guard !digits.isEmpty, let index = units.firstIndex(where: { $0.0 == character }), index >= nextUnit,
                let amount = Int64(digits)
            else { return nil }
            total += amount * units[index].1
            digits = ""
            nextUnit = index + 1
            sawUnit = true
        }
        return digits.isEmpty && sawUnit ? total : nil
    }

    /// Reads a time written `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a real day, 24-hour): seconds
    /// since 1970-01-01T00:00, or `nil` when it is not one.
    public static func seconds(ofTime text: String) -> Int64? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = CalendarDate(iso: halves[0]) else { return nil }
        var clock = halves[1]
        var extra: Int64 = 0
        if clock.count == 8 {
            let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 2, let value = Int64(parts[2]), (0..<60).contains(value) else {
                return nil
            }
            extra = value
            clock = clock.dropLast(3)
        }
        guard let time = TimeOfDay(paddedHHMM: clock), time.minutes < 24 * 60 else { return nil }
        return LocalDateTime(date: date, time: time).secondsSinceEpoch + extra
    }
}
