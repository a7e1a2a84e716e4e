import ConversationRunner
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
    /// Whether every script uses exactly `baseTableName` (`--fixed-table`), emptied and reseeded
    /// before each script, for hooks that hard-code their table; scripts must then run one at a time.
    public let fixedTable: Bool
    private let tables = TableSlots()

    /// Creates a provider.
    public init(
        client: DynamoDBClient, baseTableName: String, runID: String, pageLimit: Int? = nil, fixedTable: Bool = false
    ) {
        self.client = client
        self.baseTableName = baseTableName
        self.runID = runID
        self.pageLimit = pageLimit
        self.fixedTable = fixedTable
    }

    /// A provider configured from the standard AWS environment variables, with `endpoint` (a
    /// command-line option) overriding the endpoint ones.
    /// - Throws: `AWSConfigurationError` when region or credentials are missing for a non-local
    ///   endpoint, or the endpoint is not a URL.
    public static func fromEnvironment(
        _ environment: [String: String], endpoint: String?, baseTableName: String, runID: String,
        fixedTable: Bool = false
    ) throws(AWSConfigurationError) -> DynamoDBStoreProvider {
        let configuration = try AWSConfiguration.fromEnvironment(environment, endpoint: endpoint)
        return DynamoDBStoreProvider(
            client: DynamoDBClient(configuration: configuration), baseTableName: baseTableName, runID: runID,
            fixedTable: fixedTable)
    }

    /// Connects to the endpoint `endpoint` (or the one the environment names) and checks once, before
    /// any script runs, that it answers and accepts the credentials; problems are `store-unavailable`
    /// diagnostics in `bag` (missing region or credentials for a non-local endpoint, a malformed
    /// endpoint, an endpoint that does not answer).
    /// - Returns: the provider, or `nil` after recording the problem.
    public static func connect(
        endpoint: String?, baseTableName: String, runID: String, fixedTable: Bool = false,
        environment: [String: String], into bag: inout DiagnosticBag
    ) async -> DynamoDBStoreProvider? {
        let provider: DynamoDBStoreProvider
        do {
            provider = try fromEnvironment(
                environment, endpoint: endpoint, baseTableName: baseTableName, runID: runID, fixedTable: fixedTable)
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

    /// The script's table, emptied and seeded: a free table of the run's (`<base>-<run>-<n>`, created
    /// when every existing one is in use by a running script), or the fixed table.
    ///
    /// Tables are reused by later scripts rather than created and deleted per script: a script still
    /// has its table to itself, creating tables is the slow part on real DynamoDB, and a hook process
    /// bound to a table (`MEETINGS_TABLE`) stays warm for the next script on it. A table is described
    /// (and created if missing) only on its first use in the run; after that, preparing it for a
    /// script is one Scan and a `BatchWriteItem` per 25 writes (`replaceAllItems(with:)`).
    public func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore {
        let number = fixedTable ? 0 : await tables.acquire()
        let name = fixedTable ? baseTableName : Self.tableName(base: baseTableName, runID: runID, number: number)
        let store = DynamoDBMeetingStore(
            client: client, options: DynamoDBStoreOptions(tableName: name, pageLimit: pageLimit))
        do {
            if await !tables.isReady(number) {
                try await store.createTableIfMissing()
                await tables.markReady(number)
            }
            try await store.replaceAllItems(with: meetings)
        } catch {
            if !fixedTable { await tables.release(number) }
            throw error
        }
        return store
    }

    /// Gives the script's table back for the next script (its records stay until then, for inspection).
    public func cleanUp(_ store: any MeetingStore, for scriptKey: String) async {
        guard !fixedTable, let store = store as? DynamoDBMeetingStore,
            let number = Self.number(of: store.options.tableName, base: baseTableName, runID: runID)
        else { return }
        await tables.release(number)
    }

    /// Deletes every table the run created (a fixed table is kept).
    public func finish() async {
        guard !fixedTable else { return }
        for number in await tables.used {
            let store = DynamoDBMeetingStore(
                client: client,
                options: DynamoDBStoreOptions(
                    tableName: Self.tableName(base: baseTableName, runID: runID, number: number)))
            try? await store.deleteTable()
        }
    }

    /// What a hook process needs to reach the script's table: the endpoint and the table's name
    /// (`MEETINGS_TABLE`). A table serves one script at a time but many scripts in turn, so a hook
    /// worker bound to it stays warm.
    public func hookEnvironment(for store: any MeetingStore) -> HookEnvironment {
        guard let store = store as? DynamoDBMeetingStore else { return HookEnvironment() }
        return HookEnvironment(
            values: ["AWS_ENDPOINT_URL_DYNAMODB": endpointDescription, "MEETINGS_TABLE": store.options.tableName])
    }

    /// The number `n` of a table named `<base>-<run>-<n>` by this run.
    static func number(of table: String, base: String, runID: String) -> Int? {
        let prefix = tableName(base: base, runID: runID, number: 0).dropLast()
        guard table.hasPrefix(prefix) else { return nil }
        return Int(table.dropFirst(prefix.count))
    }

    /// `<base>-<run>-<n>`, shortened so it stays within DynamoDB's 255 characters.
    static func tableName(base: String, runID: String, number: Int) -> String {
        let suffix = "-\(runID)-\(number)"
        return String(base.prefix(255 - suffix.count)) + suffix
    }
}

/// The tables of one run: which exist, which are known to be ACTIVE with their index (number 0 is
/// the fixed table), and which are free for the next script.
private actor TableSlots {
    private var free: [Int] = []
    private(set) var used: [Int] = []
    private var ready: Set<Int> = []

    /// Whether table `number` was created or checked earlier in the run.
    func isReady(_ number: Int) -> Bool { ready.contains(number) }

    /// Records that table `number` exists, ACTIVE, with its index.
    func markReady(_ number: Int) { ready.insert(number) }

    /// The lowest free table number, or a new one.
    func acquire() -> Int {
        if let number = free.min() {
            free.removeAll { $0 == number }
            return number
        }
        let number = used.count + 1
        used.append(number)
        return number
    }

    /// Frees `number` for the next script.
    func release(_ number: Int) {
        if !free.contains(number) { free.append(number) }
    }
}
