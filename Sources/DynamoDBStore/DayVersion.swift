import CodeHooks
import LexFacts
import MeetyAWS
import MeetyLambda

/// The per-day version item that serialises every change to a day's active meetings.
///
/// Its `meetingId` is `#day#YYYY-MM-DD`: a `#` never starts a UUID, so it cannot clash with a
/// booking, and it has no `status` or `date` attribute, so the sparse `StatusIndex` never shows it.
/// It holds:
/// - `version` (N): bumped by every write that makes a meeting active on that day, and checked by
///   the same transaction, so two bookings that read the same day cannot both commit;
/// - `activeMeetingIds` (SS): the meetings that writes through the store made active that day.
///   Read strongly consistently, it covers the window in which the eventually consistent index
///   does not show a just-committed booking yet.
struct DayVersion: Sendable, Equatable {
    /// The prefix that marks a version item's `meetingId`.
    static let idPrefix = "#day#"
    /// The prefix of every bookkeeping item's `meetingId` (day version items; a hook's own items
    /// such as the Python example's `#sequence`): never a record, kept out of every listing.
    static let reservedPrefix = "#"

    /// The day.
    let date: CalendarDate
    /// The version read; `nil` when the item does not exist yet.
    let version: Int?
    /// The ids recorded as active.
    let activeIDs: Set<String>

    /// The version item's `meetingId`.
    var meetingId: String { Self.idPrefix + date.iso }

    /// Whether `meetingId` is in the namespace reserved for bookkeeping items (it starts with `#`).
    static func isReserved(_ meetingId: String) -> Bool {
        meetingId.hasPrefix(reservedPrefix)
    }

    /// Reads the version item of `date` from a GetItem answer's `Item` (`nil`: no item).
    init(date: CalendarDate, item: AWSJSON?) throws(MeetingStoreError) {
        self.date = date
        guard let item else {
            version = nil
            activeIDs = []
            return
        }
        guard let text = item["version"]?["N"]?.stringValue, let number = Int(text) else {
            throw .unavailable("the day item '\(Self.idPrefix + date.iso)' has no readable version")
        }
        version = number
        activeIDs = Set((item["activeMeetingIds"]?["SS"]?.arrayValue ?? []).compactMap(\.stringValue))
    }

    /// The version item of a day seeded with the active meetings `activeIDs` (not empty) into an
    /// empty table: version 1, as the first write of the day leaves it.
    static func seededItem(date: CalendarDate, activeIDs: [String]) -> AWSJSON {
        [
            "meetingId": ["S": .string(idPrefix + date.iso)], "version": ["N": "1"],
            "activeMeetingIds": ["SS": .array(activeIDs.sorted().map { .string($0) })],
        ]
    }

    /// The `Update` action of a transaction that moves this day from the version read to the
    /// next one and records `active` as the day's active ids. Its condition fails if any other
    /// writer moved the day on since it was read.
    func transactionUpdate(table: String, active: Set<String>) -> AWSJSON {
        var values: [String: AWSJSON] = [
            ":next": ["N": .string(String((version ?? 0) + 1))],
            ":ids": ["SS": .array(active.sorted().map { .string($0) })],
        ]
        let condition: String
        if let version {
            condition = "#v = :expected"
            values[":expected"] = ["N": .string(String(version))]
        } else {
            condition = "attribute_not_exists(meetingId)"
        }
        return [
            "Update": [
                "TableName": .string(table),
                "Key": MeetingItem.key(meetingId),
                "UpdateExpression": "SET #v = :next, #a = :ids",
                "ConditionExpression": .string(condition),
                "ExpressionAttributeNames": ["#v": "version", "#a": "activeMeetingIds"],
                "ExpressionAttributeValues": .object(values),
            ]
        ]
    }
}
