import LexFacts
import MeetyDiagnostics

/// The frozen "now" of a conversation (`now: 2026-11-20T09:00`), validated.
///
/// Freezing the clock is what makes "tomorrow" and "a time earlier than now" reproducible in every
/// run. The value is the same `LocalDateTime` the simulator and the hooks read, so the runner
/// hands it over without re-parsing.
public struct ScriptClock: Sendable, Hashable, CustomStringConvertible {
    /// The text as written (or the default), with its span; always `YYYY-MM-DDTHH:MM`.
    public var text: Located<String>
    /// The instant.
    public var instant: LocalDateTime
    /// Whether the script omitted `now:` and this is `defaultText`.
    public var isDefault: Bool

    /// The clock used when a script has no `now:`: Monday 2026-01-05 at 09:00.
    public static let defaultText = "2026-01-05T09:00"

    /// Parses `YYYY-MM-DDTHH:MM` strictly: a real calendar day, a two-digit 24-hour time before 24:00.
    /// - Returns: `nil` when the text is not exactly that form.
    public init?(_ text: Located<String>, isDefault: Bool = false) {
        let halves = text.value.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = CalendarDate(iso: halves[0]), let time = TimeOfDay(paddedHHMM: halves[1]),
            time.minutes < 24 * 60
        else { return nil }
        self.text = text
        self.instant = LocalDateTime(date: date, time: time)
        self.isDefault = isDefault
    }

    /// The default clock, located at `span` (the script that omitted `now:`).
    public static func defaultClock(at span: SourceSpan) -> ScriptClock {
        ScriptClock(Located(defaultText, at: span), isDefault: true)!
    }

    /// The year.
    public var year: Int { instant.date.year }
    /// The month, 1...12.
    public var month: Int { instant.date.month }
    /// The day of the month.
    public var day: Int { instant.date.day }
    /// The hour, 0...23.
    public var hour: Int { instant.time.hour }
    /// The minute, 0...59.
    public var minute: Int { instant.time.minute }

    /// `YYYY-MM-DDTHH:MM`.
    public var iso: String { instant.iso }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String { iso }
}
