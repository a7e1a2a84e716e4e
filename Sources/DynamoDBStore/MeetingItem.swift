import CodeHooks
import MeetyAWS
import MeetyLambda

/// Converts meeting records to and from DynamoDB items: every attribute of the Meetings table is
/// a string (`{"S": "..."}`), exactly `Meeting.attributes`.
enum MeetingItem {
    /// The item of a record.
    static func item(_ meeting: Meeting) -> AWSJSON {
        .object(meeting.attributes.mapValues { ["S": .string($0)] })
    }

    /// The key of a record.
    static func key(_ meetingId: String) -> AWSJSON {
        ["meetingId": ["S": .string(meetingId)]]
    }

    /// The string attributes of an item (other attribute types are left out).
    static func strings(_ item: AWSJSON) -> [String: String] {
        (item.objectValue ?? [:]).compactMapValues { $0["S"]?.stringValue }
    }

    /// The record an item holds.
    /// - Throws: `.unavailable` naming the record and what is wrong with it: the table holds
    ///   something the hooks cannot reason about, which is a backend fault, not a caller's.
    static func meeting(_ item: AWSJSON) throws(MeetingStoreError) -> Meeting {
        let attributes = strings(item)
        do {
            return try Meeting(attributes: attributes)
        } catch {
            throw .unavailable(
                "the Meetings table holds an unreadable record '\(attributes["meetingId"] ?? "?")': \(error)")
        }
    }
}
