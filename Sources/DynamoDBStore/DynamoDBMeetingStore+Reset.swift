import CodeHooks
import MeetyAWS
import MeetyLambda

extension DynamoDBMeetingStore {
    /// The most write requests one `BatchWriteItem` may carry (DynamoDB's limit).
    static let batchWriteLimit = 25

    /// Makes the table hold exactly `meetings` and the version items of their days, whatever it held:
    /// how `meety-bot test --store dynamodb` prepares a reused table before each script.
    ///
    /// One strongly consistent Scan of the keys, then `BatchWriteItem` requests of up to 25 deletes
    /// and puts: a script's table usually takes two requests, where deleting and putting item by
    /// item took one per item (docs/benchmark.md, "Foreign code hooks"). A batch cannot carry a
    /// condition, so unlike `seed(_:)` this overwrites a record with a seeded id instead of refusing
    /// it: the caller must own the table while it runs (a script's table does). A day's version
    /// item gets version 1 and the day's active seeded ids, as `seed(_:)` leaves it on an empty table.
    /// - Throws: `.duplicateMeetingId` for an id given twice; `.unavailable` for an id starting with
    ///   `#`, a failed request, or writes DynamoDB still leaves unprocessed after the retries.
    public func replaceAllItems(with meetings: [Meeting]) async throws(MeetingStoreError) {
        try Self.checkSeeds(meetings)
        var puts = meetings.map(MeetingItem.item)
        let activeByDay = Dictionary(grouping: meetings.filter(\.isActive), by: \.date)
        for (date, active) in activeByDay.sorted(by: { $0.key < $1.key }) {
            puts.append(DayVersion.seededItem(date: date, activeIDs: active.map(\.meetingId)))
        }
        // A put replaces an item with its key, and one batch may not name a key twice.
        let putKeys = Set(puts.compactMap { $0["meetingId"]?["S"]?.stringValue })
        let existing = try await pages(
            "Scan",
            [
                "TableName": .string(options.tableName), "ConsistentRead": true, "ProjectionExpression": "#k",
                "ExpressionAttributeNames": ["#k": "meetingId"],
            ])
        let deletes = existing.compactMap { $0["meetingId"] }.filter { !putKeys.contains($0["S"]?.stringValue ?? "") }
        let writes: [AWSJSON] =
            deletes.map { ["DeleteRequest": ["Key": ["meetingId": $0]]] } + puts.map { ["PutRequest": ["Item": $0]] }
        var start = 0
        while start < writes.count {
            let end = min(start + Self.batchWriteLimit, writes.count)
            try await batchWrite(Array(writes[start..<end]))
            start = end
        }
    }

    /// Refuses seeds `seed(_:)` and `replaceAllItems(with:)` cannot store: an id given twice, or one
    /// in the bookkeeping namespace (starting with `#`).
    static func checkSeeds(_ meetings: [Meeting]) throws(MeetingStoreError) {
        var seen: Set<String> = []
        for meeting in meetings {
            guard seen.insert(meeting.meetingId).inserted else { throw .duplicateMeetingId(meeting.meetingId) }
            guard !DayVersion.isReserved(meeting.meetingId) else {
                throw .unavailable(
                    "meetingId '\(meeting.meetingId)' is reserved: ids starting with '#' are the store's bookkeeping items"
                )
            }
        }
    }

    /// Sends one `BatchWriteItem`, then what DynamoDB leaves unprocessed (it may, under throttling)
    /// with the contention back-off, at most `options.contention.maximumAttempts` times in all.
    private func batchWrite(_ requests: [AWSJSON]) async throws(MeetingStoreError) {
        var pending = requests
        var attempt = 1
        while true {
            let answer = try await call(
                "BatchWriteItem", ["RequestItems": .object([options.tableName: .array(pending)])])
            pending = answer["UnprocessedItems"]?[options.tableName]?.arrayValue ?? []
            if pending.isEmpty { return }
            guard attempt < options.contention.maximumAttempts else {
                throw .unavailable(
                    "DynamoDB BatchWriteItem left \(pending.count) write(s) unprocessed after \(attempt) attempts")
            }
            try await backOff(beforeRetry: attempt)
            attempt += 1
        }
    }
}
