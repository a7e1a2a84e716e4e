import MeetyLambda

/// Gives each script a Meetings store of its own, seeded with the script's `given.meetings`, and
/// cleans it up afterwards.
///
/// The in-memory provider is the default; a DynamoDB provider gives each script isolated data in
/// a real table. Scripts never see each other's records.
public protocol MeetingStoreProvider: Sendable {
    /// A fresh store holding exactly `meetings`, for the script identified by `scriptKey`.
    func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore
    /// Removes whatever the script's store left behind.
    func cleanUp(_ store: any MeetingStore, for scriptKey: String) async
}

/// Stores in memory: an `InMemoryMeetingStore` per script.
public struct InMemoryStoreProvider: MeetingStoreProvider {
    /// Creates the provider.
    public init() {}

    /// A new in-memory store with the seeds.
    public func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore {
        try InMemoryMeetingStore(meetings: meetings)
    }

    /// Nothing to clean up: the store goes away with the script.
    public func cleanUp(_ store: any MeetingStore, for scriptKey: String) async {}
}
