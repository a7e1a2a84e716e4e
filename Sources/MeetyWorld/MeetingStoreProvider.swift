import ConversationRunner
import MeetyLambda

/// Gives each script a Meetings store of its own, seeded with the script's `given.meetings`, and
/// cleans it up afterwards.
///
/// The in-memory provider is the default; a DynamoDB provider (`MeetyWorldDynamoDB`) gives each
/// script isolated data in a real table. Scripts never see each other's records.
public protocol MeetingStoreProvider: Sendable {
    /// What the stores are, for messages ("Meetings in memory").
    var description: String { get }
    /// A fresh store holding exactly `meetings`, for the script identified by `scriptKey`.
    func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore
    /// Removes whatever the script's store left behind.
    func cleanUp(_ store: any MeetingStore, for scriptKey: String) async
    /// Whether the stores live in this process and answer without waiting on anything outside it
    /// (no network, no disk), so code over them cannot hang on the store.
    var storesInProcess: Bool { get }
    /// What a hook in its own process needs to reach `store` (none for a store it cannot reach).
    func hookEnvironment(for store: any MeetingStore) -> HookEnvironment
    /// Removes what the run left (its tables), once, when the run ends.
    func finish() async
}

extension MeetingStoreProvider {
    /// Stores are assumed to wait on something outside the process unless a provider says otherwise.
    public var storesInProcess: Bool { false }
    /// Stores are out of a hook process's reach unless a provider says how to reach them.
    public func hookEnvironment(for store: any MeetingStore) -> HookEnvironment { HookEnvironment() }
    /// Nothing outlives the scripts unless a provider says otherwise.
    public func finish() async {}
}

/// Stores in memory: an `InMemoryMeetingStore` per script.
public struct InMemoryStoreProvider: MeetingStoreProvider {
    /// Creates the provider.
    public init() {}

    /// "the Meetings store".
    public var description: String { "the Meetings store" }

    /// A new in-memory store with the seeds.
    public func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore {
        try InMemoryMeetingStore(meetings: meetings)
    }

    /// Nothing to clean up: the store goes away with the script.
    public func cleanUp(_ store: any MeetingStore, for scriptKey: String) async {}

    /// An in-memory store is an actor over a dictionary: it never waits on anything.
    public var storesInProcess: Bool { true }
}
