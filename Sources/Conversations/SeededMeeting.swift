import MeetingRecords
import MeetyDiagnostics

/// A complete Meetings record placed in the store before the first turn (`given.meetings`).
///
/// Every field is required: a seeded record is a row of the table the hooks read, and a row with
/// invented defaults would hide what the conflict checks actually saw. Values are text in the
/// table's formats, already checked (real date, `HH:MM` times, duration equal to end minus start).
public struct SeededMeeting: Sendable, Hashable {
    /// The record's id; unique among the seeded records.
    public var meetingId: Located<String>
    /// Who the meeting is for.
    public var attendeeName: Located<String>
    /// Where the invitation goes.
    public var email: Located<String>
    /// The day, `YYYY-MM-DD`.
    public var date: Located<String>
    /// The start, `HH:MM`.
    public var startTime: Located<String>
    /// The end, `HH:MM` (`24:00` allowed).
    public var endTime: Located<String>
    /// The length in minutes, as text.
    public var duration: Located<String>
    /// The status.
    public var status: Located<MeetingStatus>
    /// The span of the record's mapping.
    public var span: SourceSpan

    /// Creates a seeded record.
    public init(
        meetingId: Located<String>,
        attendeeName: Located<String>,
        email: Located<String>,
        date: Located<String>,
        startTime: Located<String>,
        endTime: Located<String>,
        duration: Located<String>,
        status: Located<MeetingStatus>,
        span: SourceSpan
    ) {
        self.meetingId = meetingId
        self.attendeeName = attendeeName
        self.email = email
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.duration = duration
        self.status = status
        self.span = span
    }

    /// The record's text for `field`, in the shape `MeetingSelector.matches` takes.
    public func value(of field: MeetingField) -> String {
        switch field {
        case .meetingId: meetingId.value
        case .attendeeName: attendeeName.value
        case .email: email.value
        case .date: date.value
        case .startTime: startTime.value
        case .endTime: endTime.value
        case .duration: duration.value
        case .status: status.value.rawValue
        }
    }
}
