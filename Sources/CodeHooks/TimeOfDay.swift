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
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
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

/// A local date and time: what the conversation's clock says now.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The day.
    public var date: CalendarDate
    /// The time (never 24:00).
    public var time: TimeOfDay

    /// Creates a date-time.
    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DDTHH:MM` (a space may replace the `T`; `:SS` seconds are accepted and dropped).
    public init?(iso text: some StringProtocol) {
        let separators: Set<Character> = ["T", " "]
        guard let split = text.firstIndex(where: { separators.contains($0) }) else { return nil }
        var timeText = text[text.index(after: split)...]
        let colons = timeText.filter { $0 == ":" }.count
        if colons == 2, let last = timeText.lastIndex(of: ":") {
            let seconds = timeText[timeText.index(after: last)...]
            guard seconds.count == 2, seconds.allSatisfy(\.isNumber) else { return nil }
            timeText = timeText[..<last]
        }
        guard let date = CalendarDate(iso: text[..<split]), let time = TimeOfDay(hhmm: timeText),
            time.minutes < 1440
        else { return nil }
        self.init(date: date, time: time)
    }

    /// `YYYY-MM-DDTHH:MM`.
    public var iso: String { "\(date.iso)T\(time.hhmm)" }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String { iso }

    /// Orders by date, then time.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}

/// The source of "now" for slot resolution and hooks. Injected everywhere so that no logic
/// depends on the real date: a conversation's `now:` drives both the simulator and the hooks.
public protocol WallClock: Sendable {
    /// The current local date and time.
    func now() -> LocalDateTime
}

/// A clock that always answers the same instant.
public struct FixedClock: WallClock {
    /// The instant answered.
    public var instant: LocalDateTime

    /// Creates a fixed clock.
    public init(_ instant: LocalDateTime) {
        self.instant = instant
    }

    /// Answers the fixed instant.
    public func now() -> LocalDateTime { instant }
}
