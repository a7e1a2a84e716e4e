import Foundation
import MeetyAWS

extension DynamoDBMeetingStore {
    /// The store a Lambda host uses: the table named by `MEETINGS_TABLE` (default `Meetings`),
    /// the region and credentials from the standard AWS variables Lambda sets, and the endpoint
    /// overrides `AWS_ENDPOINT_URL_DYNAMODB`/`AWS_ENDPOINT_URL` when present.
    /// - Throws: `AWSConfigurationError` for a missing region or credentials.
    public static func fromEnvironment(
        _ environment: [String: String], transport: any HTTPTransport = AsyncHTTPClientTransport()
    ) throws(AWSConfigurationError) -> DynamoDBMeetingStore {
        let configuration = try AWSConfiguration.fromEnvironment(environment)
        let table = environment["MEETINGS_TABLE"].flatMap { $0.isEmpty ? nil : $0 } ?? "Meetings"
        return DynamoDBMeetingStore(
            client: DynamoDBClient(configuration: configuration, transport: transport),
            options: DynamoDBStoreOptions(tableName: table))
    }
}
