import CodeHooks

extension Meeting {
    /// The order in which stores list records: date, start, end, then `meetingId`.
    public static func storeOrder(_ lhs: Meeting, _ rhs: Meeting) -> Bool {
        (lhs.date, lhs.interval, lhs.meetingId) < (rhs.date, rhs.interval, rhs.meetingId)
    }
}
