import CodeHooks
import Foundation
import LexFacts
import MeetyAWS
import MeetyLambda
import Testing

@testable import DynamoDBStore

/// What only the DynamoDB store has: version items, a lagging index, table management and
/// DynamoDB's errors. Runs against `MEETY_DYNAMODB_ENDPOINT`.
@Suite(
    "DynamoDBMeetingStore on a DynamoDB API",
    .enabled(if: DynamoDBFixture.endpoint != nil, DynamoDBFixture.skipReason))
struct DynamoDBMeetingStoreTests {
    func withTable(
        pageLimit: Int? = nil, transport: any HTTPTransport = AsyncHTTPClientTransport(),
        _ body: (DynamoDBMeetingStore) async throws -> Void
    ) async throws {
        let store = DynamoDBMeetingStore(
            client: try DynamoDBFixture.client(transport: transport),
            options: DynamoDBStoreOptions(tableName: DynamoDBFixture.uniqueTableName("store"), pageLimit: pageLimit))
        try await store.createTableIfMissing()
        do {
            try await body(store)
        } catch {
            try? await store.deleteTable()
            throw error
        }
        try await store.deleteTable()
    }

    @Test func versionItemsCountWritesAndStayOutOfListingsAndTheIndex() async throws {
        try await withTable(pageLimit: 1) { (store) async throws in
            #expect(try await store.insertIfFree(meeting("m-1", "2026-11-23", "10:00", "10:30")).wasInserted)
            #expect(try await store.insertIfFree(meeting("m-2", "2026-11-23", "11:00", "11:30")).wasInserted)
            let raw = try await store.client.send(
                "GetItem",
                [
                    "TableName": .string(store.options.tableName), "Key": ["meetingId": ["S": "#day#2026-11-23"]],
                    "ConsistentRead": true,
                ])
            #expect(raw["Item"]?["version"]?["N"]?.stringValue == "2")
            #expect(raw["Item"]?["activeMeetingIds"]?["SS"]?.arrayValue?.count == 2)
            #expect(raw["Item"]?["status"] == nil && raw["Item"]?["date"] == nil)
            #expect(try await store.allMeetings().map(\.meetingId) == ["m-1", "m-2"])
            #expect(try await store.meeting(id: "#day#2026-11-23") == nil)
            await #expect(throws: MeetingStoreError.notFound(meetingId: "#day#2026-11-23")) {
                try await store.reject(meetingId: "#day#2026-11-23")
            }
        }
    }

    @Test func aBookingTheIndexDoesNotShowYetStillBlocksItsSlot() async throws {
        let lagging = LaggingIndexTransport()
        try await withTable(transport: lagging) { (store) async throws in
            let first = meeting("m-first", "2026-11-23", "10:00", "11:00")
            #expect(try await store.insertIfFree(first) == .inserted(first))
            await lagging.hide(["m-first"])
            #expect(try await store.activeMeetings(on: StoreContract.monday) == [], "the index lags")
            let second = meeting("m-second", "2026-11-23", "10:30", "11:00")
            #expect(try await store.insertIfFree(second) == .conflict([first]))
            #expect(try await store.allMeetings() == [first])
        }
    }

    @Test func replaceAllItemsLeavesExactlyTheSeedsInBatchesOfWrites() async throws {
        try await withTable(pageLimit: 7) { (store) async throws in
            // 30 records, their day items and a hook's bookkeeping item: more than one batch of deletes.
            for index in 0..<30 {
                let day = index < 15 ? "2026-11-23" : "2026-11-24"
                let start = String(format: "%02d:00", 8 + index % 15)
                let end = String(format: "%02d:30", 8 + index % 15)
                #expect(try await store.insertIfFree(meeting("old-\(index)", day, start, end)).wasInserted)
            }
            _ = try await store.client.send(
                "PutItem",
                [
                    "TableName": .string(store.options.tableName),
                    "Item": ["meetingId": ["S": "#sequence"], "count": ["N": "30"]],
                ])
            let kept = meeting("old-3", "2026-11-25", "09:00", "09:30", .approved)
            let rejected = meeting("new-2", "2026-11-25", "09:00", "10:00", .rejected)
            let seeds = [kept, meeting("new-1", "2026-11-25", "09:15", "09:45"), rejected]
            try await store.replaceAllItems(with: seeds)
            #expect(try await store.allMeetings() == seeds.sorted(by: Meeting.storeOrder))
            let keys = try await store.pages(
                "Scan", ["TableName": .string(store.options.tableName), "ConsistentRead": true])
            #expect(
                Set(keys.compactMap { $0["meetingId"]?["S"]?.stringValue }) == [
                    "old-3", "new-1", "new-2", "#day#2026-11-25",
                ])
            let day = try await store.client.send(
                "GetItem",
                [
                    "TableName": .string(store.options.tableName), "Key": ["meetingId": ["S": "#day#2026-11-25"]],
                    "ConsistentRead": true,
                ])
            #expect(day["Item"]?["version"]?["N"]?.stringValue == "1")
            let activeIDs = day["Item"]?["activeMeetingIds"]?["SS"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(Set(activeIDs) == ["new-1", "old-3"])
            // The seeded day's bookings see the active seeds, not the rejected one.
            #expect(
                try await store.insertIfFree(meeting("new-3", "2026-11-25", "09:30", "10:00")).conflictIDs == ["new-1"])
            #expect(try await store.insertIfFree(meeting("new-4", "2026-11-25", "10:00", "10:30")).wasInserted)
            try await store.replaceAllItems(with: [])
            #expect(try await store.pages("Scan", ["TableName": .string(store.options.tableName)]).isEmpty)
        }
    }

    @Test func replaceAllItemsRefusesDuplicateAndReservedIDsBeforeWriting() async throws {
        try await withTable { (store) async throws in
            let first = meeting("m-1", "2026-11-23", "10:00", "10:30")
            try await store.replaceAllItems(with: [first])
            await #expect(throws: MeetingStoreError.duplicateMeetingId("m-2")) {
                try await store.replaceAllItems(with: [
                    meeting("m-2", "2026-11-23", "11:00", "11:30"), meeting("m-2", "2026-11-24", "11:00", "11:30"),
                ])
            }
            await #expect(throws: MeetingStoreError.self) {
                try await store.replaceAllItems(with: [meeting("#sequence", "2026-11-23", "11:00", "11:30")])
            }
            #expect(try await store.allMeetings() == [first])
        }
    }

    @Test func reservedIDsCannotBeBooked() async throws {
        try await withTable { (store) async throws in
            let sneaky = meeting("#day#2026-11-23", "2026-11-23", "10:00", "10:30")
            await #expect(throws: MeetingStoreError.self) { _ = try await store.insertIfFree(sneaky) }
            #expect(try await store.allMeetings() == [])
        }
    }

    @Test func createTableIfMissingIsIdempotent() async throws {
        try await withTable { (store) async throws in
            try await store.createTableIfMissing()
            #expect(try await store.allMeetings() == [])
        }
    }

    @Test func aMissingTableIsUnavailableWithDynamoDBsErrorType() async throws {
        let store = DynamoDBMeetingStore(
            client: try DynamoDBFixture.client(), options: DynamoDBStoreOptions(tableName: "no-such-table-here"))
        let error = await #expect(throws: MeetingStoreError.self) { _ = try await store.meeting(id: "m-1") }
        guard case .unavailable(let reason) = error else {
            Issue.record("expected .unavailable, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("ResourceNotFoundException"))
    }

    @Test func sequentialBookingLatency() async throws {
        try await withTable { (store) async throws in
            var samples: [Double] = []
            for index in 0..<200 {
                let day = CalendarDate(iso: "2026-12-01")!.adding(days: index / 20)
                let request = Meeting(
                    meetingId: "lat-\(index)", attendeeName: "User", email: "user@example.com", date: day,
                    interval: MinuteInterval(start: 8 * 60 + (index % 20) * 30, duration: 30)!, status: .pending)
                let started = ContinuousClock.now
                let outcome = try await store.insertIfFree(request)
                let elapsed = ContinuousClock.now - started
                #expect(outcome == .inserted(request))
                samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
            let sorted = samples.sorted()
            let mean = samples.reduce(0, +) / Double(samples.count)
            print(
                String(
                    format:
                        "insert-if-free latency over %d sequential bookings: mean %.2f ms, p50 %.2f ms, p99 %.2f ms",
                    samples.count, mean, sorted[sorted.count / 2], sorted[sorted.count * 99 / 100]))
            #expect(try await store.allMeetings().count == 200)
        }
    }
}
