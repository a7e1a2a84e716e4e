import MeetingRecords
import MeetyLambda

/// How meeting records read in messages, transcripts and the chat.
enum MeetingText {
    /// Records as a short list: `Alice 2026-11-23 11:00-11:30 pending; ...`.
    static func list(_ meetings: [Meeting]) -> String {
        meetings.map {
            "\($0.attendeeName) \($0.date.iso) \($0.startTime.hhmm)-\($0.endTime.hhmm) \($0.status.rawValue)"
        }
        .joined(separator: "; ")
    }

    /// A record as one line: id, attendee, email, date, times, length and status.
    static func line(_ meeting: Meeting) -> String {
        [
            meeting.meetingId, meeting.attendeeName, meeting.email, meeting.date.iso,
            "\(meeting.startTime.hhmm)-\(meeting.endTime.hhmm)", "\(meeting.duration) min", meeting.status.rawValue,
        ].joined(separator: "  ")
    }

    /// The fields a saved script lists for created meetings: all but `meetingId`, which is an
    /// implementation detail of the id generator.
    static let createdFields = MeetingField.allCases.filter { $0 != .meetingId }
}
