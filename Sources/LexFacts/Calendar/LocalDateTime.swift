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
