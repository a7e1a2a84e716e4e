/// A time of day at minute precision, `00:00` ... `24:00`, as AMAZON.Time resolves it (`HH:MM`).
///
/// `24:00` exists so that a meeting may end exactly at midnight (the Meetings table stores
/// `endTime` "24:00"); it never appears as a start.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public let minutes: Int

    /// Creates a time from minutes since midnight (0...1440).
    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Creates a time from hours and minutes.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (one- or two-digit hour, two-digit minute), 00:00 ... 24:00.
    public init?(hhmm text: some StringProtocol) {
        guard let parts = DigitGroups.parse(text, separator: UInt8(ascii: ":"), widths: (1...2, 2...2, nil)) else {
            return nil
        }
        self.init(hour: parts.0, minute: parts.1)
    }

    /// Parses exactly `HH:MM` (two-digit hour and minute), 00:00 ... 24:00: the form records and
    /// scripts store, where `9:00` would never compare equal to a stored `09:00`.
    public init?(paddedHHMM text: some StringProtocol) {
        guard let parts = DigitGroups.parse(text, separator: UInt8(ascii: ":"), widths: (2...2, 2...2, nil)) else {
            return nil
        }
        self.init(hour: parts.0, minute: parts.1)
    }

    /// The hour, 0...24.
    public var hour: Int { minutes / 60 }

    /// The minute, 0...59.
    public var minute: Int { minutes % 60 }

    /// `HH:MM`, zero-padded, 24-hour.
    public var hhmm: String { "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))" }

    /// `HH:MM`.
    public var description: String { hhmm }

    /// Midnight at the start of the day.
    public static let midnight = TimeOfDay(minutes: 0)!
    /// Midnight at the end of the day.
    public static let endOfDay = TimeOfDay(minutes: 1440)!

    /// Orders by minutes.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
