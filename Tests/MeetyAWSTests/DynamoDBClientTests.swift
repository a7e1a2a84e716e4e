import Foundation
import Testing

@testable import MeetyAWS

@Suite struct DynamoDBClientTests {
    static let configuration = AWSConfiguration(
        region: "us-east-1", credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
        endpoint: URL(string: "http://127.0.0.1:4566"))
    static let policy = RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(100), maximumDelay: .milliseconds(250))
    static let throttled =
        #"{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate of requests exceeds the allowed throughput."}"#

    func client(_ transport: ScriptedTransport, sleeper: RecordingSleeper, random: Double = 0.5) -> DynamoDBClient {
        DynamoDBClient(
            configuration: Self.configuration, transport: transport,
            clock: FixedAWSClock(Date(timeIntervalSince1970: 0)),
            retryPolicy: Self.policy, random: ConstantRandom(value: random), sleeper: sleeper)
    }

    @Test func sendsTheOperationAsSignedJSON() async throws {
        let transport = ScriptedTransport([.response(200, #"{"Item":{"meetingId":{"S":"m-1"}}}"#)])
        let answer = try await client(transport, sleeper: RecordingSleeper())
            .send("GetItem", ["TableName": "Meetings", "Key": ["meetingId": ["S": "m-1"]]])
        #expect(answer["Item"]?["meetingId"]?["S"]?.stringValue == "m-1")
        let request = try #require(await transport.requests.first)
        #expect(request.header("X-Amz-Target") == "DynamoDB_20120810.GetItem")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.0")
        #expect(
            request.header("Authorization")?.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=testing/19700101/us-east-1/dynamodb/") == true)
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == #"{"Key":{"meetingId":{"S":"m-1"}},"TableName":"Meetings"}"#)
    }

    @Test func throttlingIsRetriedWithCappedJitteredBackoff() async throws {
        let transport = ScriptedTransport([
            .response(400, Self.throttled), .response(400, Self.throttled), .response(400, Self.throttled),
            .response(200, "{}"),
        ])
        let sleeper = RecordingSleeper()
        _ = try await client(transport, sleeper: sleeper, random: 0.5).send("Query", [:])
        #expect(await transport.requests.count == 4)
        // Ceilings 100, 200, 250 (capped) ms; half of each with the random share 0.5.
        #expect(await sleeper.waits == [.milliseconds(50), .milliseconds(100), .milliseconds(125)])
    }

    @Test(arguments: ["ProvisionedThroughputExceededException", "RequestLimitExceeded", "ThrottlingException"])
    func everyThrottlingTypeIsRetried(type: String) async throws {
        let transport = ScriptedTransport([
            .response(400, #"{"__type":"com.amazonaws.dynamodb.v20120810#\#(type)","message":"slow down"}"#),
            .response(200, "{}"),
        ])
        _ = try await client(transport, sleeper: RecordingSleeper()).send("Scan", [:])
        #expect(await transport.requests.count == 2)
    }

    @Test func serverErrorsAreRetriedEvenWithoutAJSONBody() async throws {
        let transport = ScriptedTransport([
            .response(500, #"{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"oops"}"#),
            .response(503, "<html>Service Unavailable</html>"), .response(200, "{}"),
        ])
        _ = try await client(transport, sleeper: RecordingSleeper()).send("GetItem", [:])
        #expect(await transport.requests.count == 3)
    }

    @Test func retriesStopAtTheAttemptLimitWithTheLastError() async throws {
        let transport = ScriptedTransport(Array(repeating: .response(400, Self.throttled), count: 6))
        let sleeper = RecordingSleeper()
        let error = await #expect(throws: DynamoDBError.self) {
            _ = try await client(transport, sleeper: sleeper).send("GetItem", [:])
        }
        #expect(error?.type == "ThrottlingException")
        #expect(error?.message == "Rate of requests exceeds the allowed throughput.")
        #expect(await transport.requests.count == 4)
        #expect(await sleeper.waits.count == 3)
    }

    @Test func otherErrorsSurfaceAtOnceWithTypeAndMessage() async throws {
        let transport = ScriptedTransport([
            .response(
                400,
                #"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#
            )
        ])
        let error = await #expect(throws: DynamoDBError.self) {
            _ = try await client(transport, sleeper: RecordingSleeper()).send("PutItem", [:])
        }
        #expect(error?.type == "ConditionalCheckFailedException")
        #expect(error?.message == "The conditional request failed")
        #expect(error?.description == "ConditionalCheckFailedException: The conditional request failed")
        #expect(await transport.requests.count == 1)
    }

    @Test func transactionCancellationReasonsAreKeptInOrder() async throws {
        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","#
            + #""CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed"}],"#
            + #""Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]"}"#
        let transport = ScriptedTransport([.response(400, body)])
        let error = await #expect(throws: DynamoDBError.self) {
            _ = try await client(transport, sleeper: RecordingSleeper()).send("TransactWriteItems", [:])
        }
        #expect(error?.type == "TransactionCanceledException")
        #expect(error?.cancellationReasons == ["None", "ConditionalCheckFailed"])
        #expect(error?.message.hasPrefix("Transaction cancelled") == true)
    }

    @Test func anUnreachableEndpointIsATransportErrorAndNotRetried() async throws {
        let transport = ScriptedTransport([.failure("connection refused")])
        let error = await #expect(throws: DynamoDBError.self) {
            _ = try await client(transport, sleeper: RecordingSleeper()).send("ListTables", [:])
        }
        #expect(error?.type == "Transport")
        #expect(error?.message.contains("connection refused") == true)
        #expect(await transport.requests.count == 1)
    }

    @Test func aClientErrorWithoutJSONIsAnInvalidResponse() async throws {
        let transport = ScriptedTransport([.response(403, "Forbidden")])
        let error = await #expect(throws: DynamoDBError.self) {
            _ = try await client(transport, sleeper: RecordingSleeper()).send("GetItem", [:])
        }
        #expect(error == .invalidResponse(status: 403, body: "Forbidden"))
    }

    @Test func backoffGrowsExponentiallyUpToTheCap() {
        let policy = RetryPolicy(maximumAttempts: 10, baseDelay: .milliseconds(10), maximumDelay: .seconds(1))
        #expect(policy.delay(beforeRetry: 1, unit: 0.999_999) < .milliseconds(10))
        #expect(policy.delay(beforeRetry: 4, unit: 1) == .milliseconds(80))
        #expect(policy.delay(beforeRetry: 20, unit: 1) == .seconds(1))
        #expect(policy.delay(beforeRetry: 3, unit: 0) == .zero)
    }

    @Test func idempotencyTokensDependOnTheWholeTransaction() {
        let first = DynamoDBClient.idempotencyToken(for: ["TransactItems": ["a"]])
        #expect(first.count == 32)
        #expect(first == DynamoDBClient.idempotencyToken(for: ["TransactItems": ["a"]]))
        #expect(first != DynamoDBClient.idempotencyToken(for: ["TransactItems": ["b"]]))
    }
}
