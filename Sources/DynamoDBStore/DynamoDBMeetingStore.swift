import CodeHooks
import LexFacts
import MeetingRecords
import MeetyAWS
import MeetyLambda

/// The Meetings table in DynamoDB: the production `MeetingStore` of the LexLambda.
///
/// Reads follow the table's access patterns: GetItem by `meetingId` (strongly consistent), Query
/// of `StatusIndex` by `status` and `date`, Scan for listings. Insert-if-free is one
/// `TransactWriteItems` guarded by the day's version item (`DayVersion`); see
/// `insertIfFree(_:)`. User text only ever travels as expression attribute values and attribute
/// names as `#name` placeholders, so nothing a user says can change an expression.
///
/// A value type holding a client: safe to share between concurrent invocations.
public struct DynamoDBMeetingStore: MeetingStore {
    /// The DynamoDB client.
    public let client: DynamoDBClient
    /// Table, index and paging settings.
    public let options: DynamoDBStoreOptions

    /// Creates a store over an existing table (see `createTableIfMissing()` for tests).
    public init(client: DynamoDBClient, options: DynamoDBStoreOptions = DynamoDBStoreOptions()) {
        self.client = client
        self.options = options
    }

    /// The record with this id (a strongly consistent GetItem), or `nil`. Version items are
    /// not records, and DynamoDB keys cannot be empty: those ids answer `nil`.
    public func meeting(id meetingId: String) async throws(MeetingStoreError) -> Meeting? {
        guard !meetingId.isEmpty, !DayVersion.isReserved(meetingId) else { return nil }
        let answer = try await call(
            "GetItem",
            ["TableName": .string(options.tableName), "Key": MeetingItem.key(meetingId), "ConsistentRead": true])
        return try answer["Item"].map { item throws(MeetingStoreError) in try MeetingItem.meeting(item) }
    }

    /// The records with this status on this date: a StatusIndex query, every page, sorted.
    public func meetings(status: MeetingStatus, on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting] {
        let items = try await pages(
            "Query",
            [
                "TableName": .string(options.tableName),
                "IndexName": .string(options.indexName),
                "KeyConditionExpression": "#status = :status AND #date = :date",
                "ExpressionAttributeNames": ["#status": "status", "#date": "date"],
                "ExpressionAttributeValues": [
                    ":status": ["S": .string(status.rawValue)], ":date": ["S": .string(date.iso)],
                ],
            ])
        var result: [Meeting] = []
        for item in items { result.append(try MeetingItem.meeting(item)) }
        return result.sorted(by: Meeting.storeOrder)
    }

    /// Every record: a strongly consistent Scan over every page, without the version items, sorted.
    public func allMeetings() async throws(MeetingStoreError) -> [Meeting] {
        let items = try await pages("Scan", ["TableName": .string(options.tableName), "ConsistentRead": true])
        var result: [Meeting] = []
        for item in items where !DayVersion.isReserved(MeetingItem.strings(item)["meetingId"] ?? "") {
            result.append(try MeetingItem.meeting(item))
        }
        return result.sorted(by: Meeting.storeOrder)
    }

    /// Calls DynamoDB, turning its errors into `.unavailable` with DynamoDB's type and message.
    func call(_ operation: String, _ input: AWSJSON) async throws(MeetingStoreError) -> AWSJSON {
        do {
            return try await client.send(operation, input)
        } catch {
            throw .unavailable("DynamoDB \(operation) failed: \(error.type): \(error.message)")
        }
    }

    /// Runs a Query or Scan to the last page (following `LastEvaluatedKey`) and returns the items.
    func pages(_ operation: String, _ input: [String: AWSJSON]) async throws(MeetingStoreError) -> [AWSJSON] {
        var request = input
        if let limit = options.pageLimit { request["Limit"] = .number(Double(limit)) }
        var items: [AWSJSON] = []
        while true {
            let answer = try await call(operation, .object(request))
            items += answer["Items"]?.arrayValue ?? []
            guard let next = answer["LastEvaluatedKey"], next.objectValue?.isEmpty == false else { return items }
            request["ExclusiveStartKey"] = next
        }
    }

    /// Waits before retry `attempt` of a contended write, with the client's jitter and sleeper.
    func backOff(beforeRetry attempt: Int) async throws(MeetingStoreError) {
        let wait = options.contention.delay(beforeRetry: attempt, unit: client.random.nextUnit())
        do {
            try await client.sleeper.sleep(for: wait)
        } catch {
            throw .unavailable("cancelled while waiting to retry a contended write")
        }
    }
}
