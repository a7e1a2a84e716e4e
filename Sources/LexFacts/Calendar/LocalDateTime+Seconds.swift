extension LocalDateTime {
    /// Seconds since 1970-01-01T00:00 in the same (zone-less) local time.
    public var secondsSinceEpoch: Int64 {
        Int64(date.dayNumber) * 86_400 + Int64(time.minutes) * 60
    }

    /// The date-time `seconds` after 1970-01-01T00:00, to the minute (seconds are dropped).
    public init(secondsSinceEpoch seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let minutes = Int((seconds - days * 86_400) / 60)
        self.init(date: CalendarDate(dayNumber: Int(days)), time: TimeOfDay(minutes: minutes) ?? .midnight)
    }
}
