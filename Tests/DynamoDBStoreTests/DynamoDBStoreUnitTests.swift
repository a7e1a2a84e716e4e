import CodeHooks
import Foundation
import LexFacts
import MeetyAWS
import MeetyLambda
import Testing

@testable import DynamoDBStore

/// The DynamoDB store's pieces that need no endpoint: configuration, item mapping, the version
/// item's transaction action, and an unreachable endpoint.
@Suite struct DynamoDBStoreUnitTests {
    @Test func theLambdaConfigurationReadsTheTableAndAWSVariables() throws {
        let base = ["AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret"]
        #expect(try DynamoDBMeetingStore.fromEnvironment(base).options.tableName == "Meetings")
        let named = try DynamoDBMeetingStore.fromEnvironment(base.merging(["MEETINGS_TABLE": "Meetings-prod"]) { $1 })
        #expect(named.options.tableName == "Meetings-prod")
        #expect(named.options.indexName == "StatusIndex")
        #expect(named.client.configuration.region == "eu-west-1")
        #expect(throws: AWSConfigurationError.missingRegion) {
            try DynamoDBMeetingStore.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret"])
        }
    }

    @Test func recordsMapToStringAttributesAndBack() throws {
        let ann = meeting("m-ann", "2026-11-23", "23:00", "24:00", .approved)
        let item = MeetingItem.item(ann)
        #expect(item["endTime"] == ["S": "24:00"])
        #expect(item["duration"] == ["S": "60"])
        #expect(try MeetingItem.meeting(item) == ann)
    }

    @Test func anUnreadableRecordIsABackendFaultNamingTheRecord() {
        let item: AWSJSON = ["meetingId": ["S": "m-bad"], "date": ["S": "tomorrow"]]
        #expect(throws: MeetingStoreError.self) { try MeetingItem.meeting(item) }
        do {
            _ = try MeetingItem.meeting(item)
        } catch {
            #expect(error.description.contains("m-bad"))
        }
    }

    @Test func theVersionUpdateIsConditionedOnTheVersionRead() throws {
        let monday = CalendarDate(iso: "2026-11-23")!
        let fresh = try DayVersion(date: monday, item: nil)
        let first = fresh.transactionUpdate(table: "Meetings", active: ["m-1"])["Update"]
        #expect(first?["ConditionExpression"] == "attribute_not_exists(meetingId)")
        #expect(first?["Key"] == ["meetingId": ["S": "#day#2026-11-23"]])
        #expect(first?["ExpressionAttributeValues"]?[":next"] == ["N": "1"])

        let read = try DayVersion(
            date: monday, item: ["version": ["N": "7"], "activeMeetingIds": ["SS": ["m-1", "m-2"]]])
        #expect(read.version == 7 && read.activeIDs == ["m-1", "m-2"])
        let next = read.transactionUpdate(table: "Meetings", active: ["m-2", "m-3"])["Update"]
        #expect(next?["ConditionExpression"] == "#v = :expected")
        #expect(next?["ExpressionAttributeValues"]?[":expected"] == ["N": "7"])
        #expect(next?["ExpressionAttributeValues"]?[":next"] == ["N": "8"])
        #expect(next?["ExpressionAttributeValues"]?[":ids"] == ["SS": ["m-2", "m-3"]])
        #expect(throws: MeetingStoreError.self) { try DayVersion(date: monday, item: ["version": ["S": "x"]]) }
        #expect(
            DayVersion.isReserved("#day#2026-11-23") && DayVersion.isReserved("#sequence")
                && !DayVersion.isReserved("00000000-0000-4000-8000-000000000001") && !DayVersion.isReserved("m#1"))
    }

    @Test func anUnreachableEndpointIsUnavailableNotACrash() async throws {
        let configuration = try AWSConfiguration.fromEnvironment([:], endpoint: "http://127.0.0.1:1")
        let store = DynamoDBMeetingStore(client: DynamoDBClient(configuration: configuration))
        let error = await #expect(throws: MeetingStoreError.self) {
            _ = try await store.insertIfFree(meeting("m-1", "2026-11-23", "10:00", "10:30"))
        }
        guard case .unavailable(let reason) = error else {
            Issue.record("expected .unavailable, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("Transport"))
    }
}
