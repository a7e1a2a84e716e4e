import Foundation
import Testing

@testable import MeetyAWS

/// A DynamoDB request signed by `DynamoDBClient`, checked against signatures computed
/// independently with botocore's `SigV4Auth` for the same request, keys and instant.
@Suite struct DynamoDBSigningTests {
    static let instant = Date(timeIntervalSince1970: 1_795_165_200)  // 2026-11-20T09:00:00Z
    static let body = Data(#"{"Key":{"meetingId":{"S":"m-1"}},"TableName":"Meetings"}"#.utf8)

    func client(token: String?) -> DynamoDBClient {
        let credentials = AWSCredentials(
            accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            sessionToken: token)
        return DynamoDBClient(
            configuration: AWSConfiguration(region: "eu-west-1", credentials: credentials),
            transport: ScriptedTransport([]), clock: FixedAWSClock(Self.instant))
    }

    @Test func getItemMatchesBotocore() {
        let request = client(token: nil).request("GetItem", body: Self.body)
        #expect(request.url.absoluteString == "https://dynamodb.eu-west-1.amazonaws.com/")
        #expect(request.method == "POST")
        #expect(request.header("X-Amz-Target") == "DynamoDB_20120810.GetItem")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.0")
        #expect(request.header("X-Amz-Date") == "20261120T090000Z")
        #expect(
            request.header("Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261120/eu-west-1/dynamodb/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                + "Signature=8853cdf1a707b56a601e87b94fce99939d4e7dc8af9f2d95ae7775a17dd343ff")
        #expect(request.body == Self.body)
    }

    @Test func getItemWithSessionTokenMatchesBotocore() {
        let request = client(token: "session-token-example").request("GetItem", body: Self.body)
        #expect(request.header("X-Amz-Security-Token") == "session-token-example")
        #expect(
            request.header("Authorization")?.hasSuffix(
                "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                    + "Signature=e1069396c23f8465e4b07dff9afbbd6cd263ba33e30a2644e9b927e4992341e3") == true)
    }

    @Test func aLocalEndpointIsSignedWithItsPort() {
        let configuration = AWSConfiguration(
            region: "us-east-1", credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"),
            endpoint: URL(string: "http://127.0.0.1:5123"))
        let client = DynamoDBClient(
            configuration: configuration, transport: ScriptedTransport([]), clock: FixedAWSClock(Self.instant))
        let request = client.request("Query", body: Self.body)
        #expect(request.url.absoluteString == "http://127.0.0.1:5123/")
        #expect(request.header("Host") == "127.0.0.1:5123")
    }

    @Test func timestampsAreUTCAndCoverLeapDaysAndEarlyDates() {
        #expect(AWSTimestamp(Self.instant).amzDate == "20261120T090000Z")
        #expect(AWSTimestamp(Date(timeIntervalSince1970: 951_782_400)).amzDate == "20000229T000000Z")
        #expect(AWSTimestamp(Date(timeIntervalSince1970: -1)).amzDate == "19691231T235959Z")
        #expect(AWSTimestamp(Date(timeIntervalSince1970: 1_440_938_160.9)).amzDate == "20150830T123600Z")
        #expect(AWSTimestamp(Self.instant).dateStamp == "20261120")
    }
}
