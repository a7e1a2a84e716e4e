import CodeHooks
import MeetyAWS
import MeetyLambda

extension DynamoDBMeetingStore {
    /// Creates the table with its `StatusIndex` unless it exists, and waits until both are
    /// `ACTIVE`: what tests and `meety-bot test --store dynamodb` call before using a table.
    /// - Parameter maximumWait: how long to wait for `ACTIVE` (real DynamoDB takes seconds).
    /// - Throws: `.unavailable` when the endpoint cannot be reached, the table exists without a
    ///   matching `StatusIndex`, or it does not become active in time.
    public func createTableIfMissing(maximumWait: Duration = .seconds(120)) async throws(MeetingStoreError) {
        let table = options.tableName
        if let existing = try await describeTable() {
            guard MeetingsTableSchema.hasStatusIndex(existing, index: options.indexName) else {
                throw .unavailable("table '\(table)' exists but has no index '\(options.indexName)' on status + date")
            }
        } else {
            do {
                _ = try await client.send(
                    "CreateTable", MeetingsTableSchema.createTableInput(table: table, index: options.indexName))
            } catch let error where error.type == "ResourceInUseException" {
                // Created concurrently by another process: wait for it like for our own.
            } catch {
                throw .unavailable("DynamoDB CreateTable failed: \(error.type): \(error.message)")
            }
        }
        let poll = Duration.milliseconds(200)
        var waited = Duration.zero
        while true {
            if let description = try await describeTable(), MeetingsTableSchema.isActive(description) { return }
            guard waited < maximumWait else { throw .unavailable("table '\(table)' did not become ACTIVE in time") }
            do {
                try await client.sleeper.sleep(for: poll)
            } catch {
                throw .unavailable("cancelled while waiting for table '\(table)'")
            }
            waited += poll
        }
    }

    /// Deletes the table; a table that does not exist is not an error.
    public func deleteTable() async throws(MeetingStoreError) {
        do {
            _ = try await client.send("DeleteTable", ["TableName": .string(options.tableName)])
        } catch let error where error.type == "ResourceNotFoundException" {
            return
        } catch {
            throw .unavailable("DynamoDB DeleteTable failed: \(error.type): \(error.message)")
        }
    }

    /// Stores records exactly as given, without conflict checks (seeded records may overlap, as
    /// records an admin approved can), and registers the active ones in their days' version
    /// items so the next booking of those days sees them even before the index does.
    /// - Throws: `.duplicateMeetingId` for an id given twice or already stored.
    public func seed(_ meetings: [Meeting]) async throws(MeetingStoreError) {
        try Self.checkSeeds(meetings)
        for meeting in meetings { try await putNew(meeting) }
        let activeByDay = Dictionary(grouping: meetings.filter(\.isActive), by: \.date)
        for (date, active) in activeByDay.sorted(by: { $0.key < $1.key }) {
            _ = try await call(
                "UpdateItem",
                [
                    "TableName": .string(options.tableName),
                    "Key": MeetingItem.key(DayVersion.idPrefix + date.iso),
                    "UpdateExpression": "ADD #v :one, #a :ids",
                    "ExpressionAttributeNames": ["#v": "version", "#a": "activeMeetingIds"],
                    "ExpressionAttributeValues": [
                        ":one": ["N": "1"], ":ids": ["SS": .array(active.map { .string($0.meetingId) })],
                    ],
                ])
        }
    }

    /// The `DescribeTable` answer, or `nil` when the table does not exist.
    private func describeTable() async throws(MeetingStoreError) -> AWSJSON? {
        do {
            return try await client.send("DescribeTable", ["TableName": .string(options.tableName)])
        } catch let error where error.type == "ResourceNotFoundException" {
            return nil
        } catch {
            throw .unavailable("DynamoDB DescribeTable failed: \(error.type): \(error.message)")
        }
    }
}
