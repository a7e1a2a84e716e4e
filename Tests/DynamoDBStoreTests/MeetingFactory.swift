import CodeHooks
import LexFacts
import MeetingRecords
import MeetyLambda

/// Builds test records tersely: `meeting("m-1", "2026-11-23", "10:00", "11:00", .approved)`.
func meeting(
    _ id: String, _ date: String, _ start: String, _ end: String, _ status: MeetingStatus = .pending,
    name: String = "Ann"
) -> Meeting {
    Meeting(
        meetingId: id, attendeeName: name, email: "\(name.lowercased())@example.com",
        date: CalendarDate(iso: date)!,
        interval: MinuteInterval(start: TimeOfDay(hhmm: start)!, end: TimeOfDay(hhmm: end)!)!,
        status: status)
}

extension InsertOutcome {
    /// The ids of the clashing meetings of a `.conflict`; empty for `.inserted`.
    var conflictIDs: [String] {
        if case .conflict(let meetings) = self { return meetings.map(\.meetingId) }
        return []
    }

    /// Whether the record was stored.
    var wasInserted: Bool {
        if case .inserted = self { return true }
        return false
    }
}
