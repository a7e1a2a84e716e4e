import DynamoDBStore
import MeetyAWS
import MeetyDiagnostics
import MeetyLambda
import MeetyWorld

/// Gives each conversation script a DynamoDB table of its own: `meety-bot test --store dynamodb`.
///
/// Isolation is a table per script, named `<base>-<run>-<n>` (`Meetings-3f9c1a2b-17`), created
/// with the `StatusIndex` GSI before the script, seeded with its `given.meetings`, and deleted
/// after it. Scripts run in parallel (`--jobs`) and the hooks use the same sequential meeting ids
/// in every script, so a shared table could not keep them apart; the run id keeps two runs
/// against the same endpoint apart too.
public struct DynamoDBStoreProvider: MeetingStoreProvider {
    /// The client every script's store uses.
    public let client: DynamoDBClient
    /// The prefix of the table names (`--table`).
    public let baseTableName: String
    /// Tells this run's tables from other runs' against the same endpoint.
    public let runID: String
    /// `Limit` for each store's Query and Scan pages (`nil`: DynamoDB's default).
    public let pageLimit: Int?
    private let counter = TableCounter()

    /// Creates a provider.
    public init(client: DynamoDBClient, baseTableName: String, runID: String, pageLimit: Int? = nil) {
        self.client = client
        self.baseTableName = baseTableName
        self.runID = runID
        self.pageLimit = pageLimit
    }

    /// A provider configured from the standard AWS environment variables, with `endpoint` (a
    /// command-line option) overriding the endpoint ones.
    /// - Throws: `AWSConfigurationError` when region or credentials are missing for a non-local
    ///   endpoint, or the endpoint is not a URL.
    public static func fromEnvironment(
        _ environment: [String: String], endpoint: String?, baseTableName: String, runID: String
    ) throws(AWSConfigurationError) -> DynamoDBStoreProvider {
        let configuration = try AWSConfiguration.fromEnvironment(environment, endpoint: endpoint)
        return DynamoDBStoreProvider(
            client: DynamoDBClient(configuration: configuration), baseTableName: baseTableName, runID: runID)
    }

    /// Connects to the endpoint `endpoint` (or the one the environment names) and checks once, before
    /// any script runs, that it answers and accepts the credentials; problems are `store-unavailable`
    /// diagnostics in `bag` (missing region or credentials for a non-local endpoint, a malformed
    /// endpoint, an endpoint that does not answer).
    /// - Returns: the provider, or `nil` after recording the problem.
    public static func connect(
        endpoint: String?, baseTableName: String, runID: String, environment: [String: String],
        into bag: inout DiagnosticBag
    ) async -> DynamoDBStoreProvider? {
        let provider: DynamoDBStoreProvider
        do {
            provider = try fromEnvironment(
                environment, endpoint: endpoint, baseTableName: baseTableName, runID: runID)
        } catch {
            bag.error(.storeUnavailable, "--store dynamodb: \(error)", at: nil)
            return nil
        }
        do {
            try await provider.checkReachable()
        } catch {
            bag.error(
                .storeUnavailable,
                "--store dynamodb: the DynamoDB endpoint \(provider.endpointDescription) cannot be used: \(error)",
                at: nil)
            return nil
        }
        return provider
    }

    /// "the Meetings store (DynamoDB at URL)".
    public var description: String { "the Meetings store (DynamoDB at \(endpointDescription))" }

    /// The endpoint the stores talk to, for messages.
    public var endpointDescription: String {
        client.configuration.endpoint(forService: "dynamodb").absoluteString
    }

    /// Checks once, before any script runs, that the endpoint answers and accepts the
    /// credentials (`ListTables` with `Limit` 1).
    /// - Throws: the `DynamoDBError`, for the CLI to report and exit 1.
    public func checkReachable() async throws(DynamoDBError) {
        _ = try await client.send("ListTables", ["Limit": 1])
    }

    /// Creates the script's table, waits until it is active and seeds it. On failure the table
    /// is deleted again.
    public func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore {
        let number = await counter.next()
        let name = Self.tableName(base: baseTableName, runID: runID, number: number)
        let store = DynamoDBMeetingStore(
            client: client, options: DynamoDBStoreOptions(tableName: name, pageLimit: pageLimit))
        do {
            try await store.createTableIfMissing()
            try await store.seed(meetings)
        } catch {
            try? await store.deleteTable()
            throw error
        }
        return store
    }

    /// Deletes the script's table.
    public func cleanUp(_ store: any MeetingStore, for scriptKey: String) async {
        guard let store = store as? DynamoDBMeetingStore else { return }
        try? await store.deleteTable()
    }

    /// `<base>-<run>-<n>`, shortened so it stays within DynamoDB's 255 characters.
    static func tableName(base: String, runID: String, number: Int) -> String {
        let suffix = "-\(runID)-\(number)"
        return String(base.prefix(255 - suffix.count)) + suffix
    }
}

/// Numbers the tables of one run.
private actor TableCounter {
    private var value = 0

    func next() -> Int {
        value += 1
        return value
    }
}
