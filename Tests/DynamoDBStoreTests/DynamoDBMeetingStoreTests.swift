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
