/// A field of a Meetings table record, as scripts name it in records and selectors.
///
/// The set is closed (the table's attributes), so a typo such as `attendee` is caught when the
/// script is decoded instead of silently matching nothing at run time. Raw values are the
/// attribute names the hooks store.
public enum MeetingRecordField: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The record's id (a UUID string in production; any text in a script).
    case meetingId
    /// Who the meeting is for.
    case attendeeName
    /// Where the invitation goes.
    case email
    /// The day, `YYYY-MM-DD`.
    case date
    /// The start, `HH:MM` (24-hour).
    case startTime
    /// The end, `HH:MM` (24-hour, `24:00` allowed).
    case endTime
    /// The length in minutes, as text (`"30"`).
    case duration
    /// `pending`, `approved` or `rejected`.
    case status

    /// The attribute name.
    public var description: String { rawValue }

    /// Why `value` cannot be this field's text, or `nil` when it can.
    ///
    /// Selectors compare text exactly, so `9:00` could never match a stored `09:00`; checking the
    /// form up front turns that silent mismatch into a diagnostic.
    public func problem(with value: String) -> String? {
        switch self {
        case .meetingId, .attendeeName, .email:
            return value.isEmpty ? "is empty" : nil
        case .date:
            return ScriptClock.parseDate(value) == nil ? "is not a real date written as YYYY-MM-DD" : nil
        case .startTime:
            guard let minutes = ScriptClock.parseTime(value), minutes < 24 * 60 else {
                return "is not a 24-hour time written as HH:MM (00:00 to 23:59)"
            }
            return nil
        case .endTime:
            return ScriptClock.parseTime(value) == nil ? "is not a 24-hour time written as HH:MM (00:00 to 24:00)" : nil
        case .duration:
            guard let minutes = ScriptClock.digits(value), minutes > 0 else {
                return "is not a whole number of minutes greater than 0"
            }
            return nil
        case .status:
            return MeetingRecordStatus(rawValue: value) == nil ? "is not pending, approved or rejected" : nil
        }
    }
}

/// The status of a meeting record, as scripts write it in records, selectors and counts.
///
/// Kept apart from the hooks' own status type (Conversations does not depend on them); the raw
/// values are the stored text, which is what the runner compares.
public enum MeetingRecordStatus: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Requested by a user, awaiting an admin.
    case pending
    /// Approved by an admin.
    case approved
    /// Rejected by an admin.
    case rejected

    /// The stored text.
    public var description: String { rawValue }
}
