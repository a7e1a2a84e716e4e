import CodeHooks
import LexFacts
import MeetingRecords

/// One record of the Meetings table: what the fulfillment hook writes and an admin approves.
///
/// The stored form is the table's string attributes (`meetingId`, `attendeeName`, `email`,
/// `date`, `startTime`, `endTime`, `duration`, `status`), which is also the JSON form. In memory the
/// values are typed, so a record can only exist with a real date and a span that ends by 24:00
/// and matches its duration: the conflict check never has to guess what a record means.
public struct Meeting: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The table's hash key; a UUID string when the hooks create the record.
    public var meetingId: String
    /// The attendee's name as the bot heard it.
    public var attendeeName: String
    /// Where the invitation goes.
    public var email: String
    /// The day of the meeting.
    public var date: CalendarDate
    /// When the meeting runs on `date`.
    public var interval: MinuteInterval
    /// The approval state; only `pending` and `approved` meetings block a slot.
    public var status: MeetingStatus

    /// Creates a record from typed values.
    public init(
        meetingId: String,
        attendeeName: String,
        email: String,
        date: CalendarDate,
        interval: MinuteInterval,
        status: MeetingStatus
    ) {
        self.meetingId = meetingId
        self.attendeeName = attendeeName
        self.email = email
        self.date = date
        self.interval = interval
        self.status = status
    }

    /// The start time (`startTime`).
    public var startTime: TimeOfDay { interval.startTime }
    /// The end time (`endTime`, 24:00 for a meeting ending at midnight).
    public var endTime: TimeOfDay { interval.endTime }
    /// The length in minutes (`duration`).
    public var duration: Int { interval.duration }
    /// Whether the meeting blocks its slot for new requests (`pending` or `approved`).
    public var isActive: Bool { status != .rejected }

    /// The attribute names of the table, in the order the design lists them (`MeetingField`).
    public static let attributeNames = MeetingField.allCases.map(\.rawValue)

    /// The record as the table stores it: every attribute as a string. A DynamoDB store maps
    /// these to `S` attributes; conversation scripts select records by these values.
    public var attributes: [String: String] {
        var result: [String: String] = [:]
        for name in Self.attributeNames { result[name] = attribute(name) }
        return result
    }

    /// One attribute of `attributes` without building the others (selectors in test scripts
    /// compare a field or two of every record).
    public func attribute(_ name: String) -> String? {
        MeetingField(rawValue: name).map(value(of:))
    }

    /// The stored text of `field`.
    public func value(of field: MeetingField) -> String {
        switch field {
        case .meetingId: meetingId
        case .attendeeName: attendeeName
        case .email: email
        case .date: date.iso
        case .startTime: startTime.hhmm
        case .endTime: endTime.hhmm
        case .duration: String(duration)
        case .status: status.rawValue
        }
    }

    /// Parses a record from the table's string attributes (extra attributes are ignored).
    /// - Throws: `MeetingRecordError` naming the first attribute that is missing or malformed.
    public init(attributes: [String: String]) throws(MeetingRecordError) {
        func value(_ name: String) throws(MeetingRecordError) -> String {
            guard let text = attributes[name] else { throw .missingAttribute(name) }
            return text
        }
        func invalid(_ name: String, _ expected: String) throws(MeetingRecordError) -> Never {
            throw .invalidAttribute(name: name, value: attributes[name] ?? "", expected: expected)
        }
        let meetingId = try value("meetingId")
        if meetingId.isEmpty { try invalid("meetingId", "a non-empty id") }
        guard let date = CalendarDate(iso: try value("date")) else { try invalid("date", "YYYY-MM-DD") }
        guard let start = TimeOfDay(hhmm: try value("startTime")) else { try invalid("startTime", "HH:MM") }
        guard let end = TimeOfDay(hhmm: try value("endTime")) else { try invalid("endTime", "HH:MM") }
        let durationText = try value("duration")
        guard durationText.allSatisfy({ $0.isASCII && $0.isNumber }), let duration = Int(durationText) else {
            try invalid("duration", "a whole number of minutes")
        }
        guard let status = MeetingStatus(rawValue: try value("status")) else {
            try invalid("status", "pending, approved or rejected")
        }
        guard let interval = MinuteInterval(start: start, end: end) else {
            throw .invalidTimeRange(startTime: start.hhmm, endTime: end.hhmm)
        }
        guard interval.duration == duration else {
            throw .inconsistentDuration(duration: durationText, startTime: start.hhmm, endTime: end.hhmm)
        }
        self.init(
            meetingId: meetingId, attendeeName: try value("attendeeName"), email: try value("email"),
            date: date, interval: interval, status: status)
    }

    /// Decodes the JSON object of string attributes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let attributes = try container.decode([String: String].self)
        do {
            try self.init(attributes: attributes)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the JSON object of string attributes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(attributes)
    }

    /// `meetingId date HH:MM-HH:MM status`, for test failures and logs.
    public var description: String { "\(meetingId) \(date.iso) \(interval.hhmmRange) \(status.rawValue)" }
}
