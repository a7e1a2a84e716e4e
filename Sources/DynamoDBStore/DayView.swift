import MeetyLambda

/// What a writer knows about a day before it commits: the version item it read and the day's
/// active meetings, sorted.
struct DayView: Sendable {
    /// The version item as read (strongly consistent).
    let version: DayVersion
    /// The `pending` and `approved` meetings of the day.
    let active: [Meeting]

    /// The active meetings other than `meeting` that overlap it: the conflict check, in Swift.
    func clashes(with meeting: Meeting) -> [Meeting] {
        active.filter { $0.meetingId != meeting.meetingId && $0.interval.overlaps(meeting.interval) }
    }

    /// The ids the version item records after `meeting` becomes active: the current active ones
    /// (ids of meetings that stopped being active are dropped) plus `meeting`.
    func activeIDs(adding meeting: Meeting) -> Set<String> {
        Set(active.map(\.meetingId)).union([meeting.meetingId])
    }
}
