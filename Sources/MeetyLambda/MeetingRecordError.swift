/// Why a set of attributes is not a valid Meetings record.
///
/// Records come from outside the hooks (seeded by a conversation, read back from DynamoDB), so a
/// bad one is reported with the attribute that is wrong instead of being stored and later
/// breaking the conflict check.
public enum MeetingRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A required attribute is absent.
    case missingAttribute(String)
    /// An attribute has a value of the wrong format; `expected` describes the format.
    case invalidAttribute(name: String, value: String, expected: String)
    /// The times do not form a span of one day (end not after start, or later than 24:00).
    case invalidTimeRange(startTime: String, endTime: String)
    /// The duration disagrees with the start and end times.
    case inconsistentDuration(duration: String, startTime: String, endTime: String)

    /// A one-line explanation naming the attribute.
    public var description: String {
        switch self {
        case .missingAttribute(let name):
            "meeting record has no '\(name)'"
        case .invalidAttribute(let name, let value, let expected):
            "meeting record '\(name)' is \"\(value)\", expected \(expected)"
        case .invalidTimeRange(let start, let end):
            "meeting record runs from \(start) to \(end), but must end after it starts and no later than 24:00"
        case .inconsistentDuration(let duration, let start, let end):
            "meeting record has duration \(duration) but runs from \(start) to \(end)"
        }
    }
}
