import DynamoDBStore
import Foundation
import MeetyAWS
import MeetyLambda
import Testing

/// Makes a fresh, seeded store of one implementation for each contract check, and removes it
/// afterwards: the only place where the contract suite knows which store it tests.
protocol StoreFixture: Sendable {
    /// Names the implementation in test output.
    var name: String { get }
    /// A new store holding exactly `seeds`, with Query/Scan pages of at most `pageLimit` items
    /// where the implementation pages.
    func makeStore(seeds: [Meeting], pageLimit: Int?) async throws -> any MeetingStore
    /// Removes what the store left behind.
    func tearDown(_ store: any MeetingStore) async
}

/// `InMemoryMeetingStore`.
struct InMemoryFixture: StoreFixture {
    let name = "InMemoryMeetingStore"

    func makeStore(seeds: [Meeting], pageLimit: Int?) async throws -> any MeetingStore {
        try InMemoryMeetingStore(meetings: seeds)
    }

    func tearDown(_ store: any MeetingStore) async {}
}

/// `DynamoDBMeetingStore` on a new table of the DynamoDB API at `MEETY_DYNAMODB_ENDPOINT`.
struct DynamoDBFixture: StoreFixture {
    let name = "DynamoDBMeetingStore"

    /// The endpoint of the DynamoDB API the DynamoDB half of the suite runs against.
    static let endpoint: String? = ProcessInfo.processInfo.environment["MEETY_DYNAMODB_ENDPOINT"]
        .flatMap { $0.isEmpty ? nil : $0 }

    /// Why the DynamoDB half is skipped when it is.
    static let skipReason: Comment =
        "MEETY_DYNAMODB_ENDPOINT is not set: run `scripts/with-moto.sh swift test --filter DynamoDBStoreTests`"

    /// A client for the endpoint, optionally over another transport (e.g. a lagging index).
    static func client(transport: any HTTPTransport = AsyncHTTPClientTransport()) throws -> DynamoDBClient {
        let configuration = try AWSConfiguration.fromEnvironment(
            ProcessInfo.processInfo.environment, endpoint: endpoint ?? "http://127.0.0.1:1")
        return DynamoDBClient(configuration: configuration, transport: transport)
    }

    /// A unique table name, so checks running in parallel never share a table.
    static func uniqueTableName(_ label: String = "contract") -> String {
        "\(label)-\(UUID().uuidString.lowercased().prefix(13))"
    }

    func makeStore(seeds: [Meeting], pageLimit: Int?) async throws -> any MeetingStore {
        let store = DynamoDBMeetingStore(
            client: try Self.client(),
            options: DynamoDBStoreOptions(tableName: Self.uniqueTableName(), pageLimit: pageLimit))
        try await store.createTableIfMissing()
        try await store.seed(seeds)
        return store
    }

    func tearDown(_ store: any MeetingStore) async {
        try? await (store as? DynamoDBMeetingStore)?.deleteTable()
    }
}
