import LexFacts

/// A field of a Meetings table record: the table's attributes, their order and their text formats.
///
/// The one definition of the record's schema, shared by the LexLambda (which writes and reads
/// records), its stores (which map them to items) and the conversation scripts (which seed, select
/// and count them). The set is closed, so a typo such as `attendee` is caught when a script is
/// decoded instead of silently matching nothing at run time. Raw values are the attribute names.
public enum MeetingField: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The record's id (a UUID string when the hooks create it; any text in a script).
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

    /// Why `value` cannot be this field's text, as a phrase ("is not a real date written as
    /// YYYY-MM-DD"), or `nil` when it can.
    ///
    /// Selectors compare text exactly, so `9:00` could never match a stored `09:00`; checking the
    /// form up front turns that silent mismatch into a diagnostic.
    public func problem(with value: String) -> String? {
        switch self {
        case .meetingId, .attendeeName, .email:
            return value.isEmpty ? "is empty" : nil
        case .date:
            return CalendarDate(iso: value) == nil ? "is not a real date written as YYYY-MM-DD" : nil
        case .startTime:
            guard let minutes = Self.minutes(value), minutes < 24 * 60 else {
                return "is not a 24-hour time written as HH:MM (00:00 to 23:59)"
            }
            return nil
        case .endTime:
            return Self.minutes(value) == nil ? "is not a 24-hour time written as HH:MM (00:00 to 24:00)" : nil
        case .duration:
            guard let minutes = Self.wholeMinutes(value), minutes > 0 else {
                return "is not a whole number of minutes greater than 0"
            }
            return nil
        case .status:
            return MeetingStatus(rawValue: value) == nil ? "is not pending, approved or rejected" : nil
        }
    }

    /// How a record's start, end and duration disagree, when they do.
    public enum SpanProblem: Sendable, Hashable {
        /// The end is not after the start.
        case endNotAfterStart
        /// The duration is not end minus start (which is `actualMinutes`).
        case durationDisagrees(actualMinutes: Int)
    }

    /// Whether a record's times are consistent: the end after the start, the duration their
    /// difference. `nil` when they are, or when a value is malformed (`problem(with:)` reports that).
    public static func spanProblem(startTime: String, endTime: String, duration: String) -> SpanProblem? {
        guard let from = minutes(startTime), let to = minutes(endTime), let length = wholeMinutes(duration) else {
            return nil
        }
        if to <= from { return .endNotAfterStart }
        return to - from == length ? nil : .durationDisagrees(actualMinutes: to - from)
    }

    /// Minutes since midnight of a time written exactly as `HH:MM` (two-digit hour), 00:00 ... 24:00.
    public static func minutes(_ text: some StringProtocol) -> Int? {
        TimeOfDay(paddedHHMM: text)?.minutes
    }

    /// A whole number of minutes written with ASCII digits only (at most nine), or `nil`.
    public static func wholeMinutes(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }
}
