import MeetyDiagnostics

/// The frozen "now" of a conversation (`now: 2026-11-20T09:00`), validated and split into parts.
///
/// Conversations cannot depend on the hook types, so the clock is kept as checked text plus its
/// numeric components; the runner builds its own date-time from them. Freezing the clock is what
/// makes "tomorrow" and "a time earlier than now" reproducible in every run.
public struct ScriptClock: Sendable, Hashable, CustomStringConvertible {
    /// The text as written (or the default), with its span; always `YYYY-MM-DDTHH:MM`.
    public var text: Located<String>
    /// The year, 1...9999.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, valid for the month and year.
    public var day: Int
    /// The hour, 0...23.
    public var hour: Int
    /// The minute, 0...59.
    public var minute: Int
    /// Whether the script omitted `now:` and this is `defaultText`.
    public var isDefault: Bool

    /// The clock used when a script has no `now:`: Monday 2026-01-05 at 09:00.
    public static let defaultText = "2026-01-05T09:00"

    /// Parses `YYYY-MM-DDTHH:MM` strictly: a real calendar day, a 24-hour time before 24:00.
    /// - Returns: `nil` when the text is not exactly that form.
    public init?(_ text: Located<String>, isDefault: Bool = false) {
        guard let parts = Self.parse(text.value) else { return nil }
        self.text = text
        (year, month, day, hour, minute) = parts
        self.isDefault = isDefault
    }

    /// The default clock, located at `span` (the script that omitted `now:`).
    public static func defaultClock(at span: SourceSpan) -> ScriptClock {
        ScriptClock(Located(defaultText, at: span), isDefault: true)!
    }

    /// The normalised text, `YYYY-MM-DDTHH:MM`.
    public var iso: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
    }

    /// The normalised text.
    public var description: String { iso }

    /// Whether `year-month-day` names a real day of the proleptic Gregorian calendar.
    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }

    /// The components of `YYYY-MM-DD`, or `nil` when the text is not a real day in that form.
    static func parseDate(_ text: some StringProtocol) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = digits(parts[0]), let month = digits(parts[1]), let day = digits(parts[2]),
            isValidDate(year: year, month: month, day: day)
        else { return nil }
        return (year, month, day)
    }

    /// Minutes since midnight of a two-digit `HH:MM`, 00:00 ... 24:00, or `nil`.
    static func parseTime(_ text: some StringProtocol) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hour = digits(parts[0]), let minute = digits(parts[1]),
            minute < 60, hour < 24 || (hour == 24 && minute == 0)
        else { return nil }
        return hour * 60 + minute
    }

    /// The value of an all-ASCII-digit string, or `nil`.
    static func digits(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    private static func parse(_ text: String) -> (Int, Int, Int, Int, Int)? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = parseDate(halves[0]), let minutes = parseTime(halves[1]),
            minutes < 24 * 60
        else { return nil }
        return (date.year, date.month, date.day, minutes / 60, minutes % 60)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
