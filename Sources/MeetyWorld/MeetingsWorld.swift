import ConversationRunner
import Conversations
import MeetingRecords
import MeetyDiagnostics
import MeetyLambda

/// MeetyBot's world: the Meetings table a script seeds (`given.meetings`), changes (`approve`,
/// `reject`) and checks (`expect.meetings`), one isolated store per script.
///
/// Owned by MeetyBot's side of the package: the runner sees only `ConversationWorld`, and the
/// `meety` hook (`MeetyHookSpec`) finds the script's store through `MeetingsWorldSession`.
public struct MeetingsWorld: ConversationWorld {
    /// Where each script's store lives.
    public let stores: any MeetingStoreProvider

    /// Creates the world over `stores` (in memory by default).
    public init(stores: any MeetingStoreProvider = InMemoryStoreProvider()) {
        self.stores = stores
    }

    /// The stores' description.
    public var description: String { stores.description }

    /// Whether the stores are in this process.
    public var isInProcess: Bool { stores.storesInProcess }

    /// Every script can run here: a Meetings store takes any seeds, steps and expectations the
    /// script format allows.
    public func check(_ script: ConversationScript, hook: any CodeHookSpec) -> [Diagnostic] { [] }

    /// A store for the script, seeded with its `given.meetings`.
    public func open(for script: ConversationScript?, key: String) async throws -> any WorldSession {
        let seeds = try (script?.givenMeetings ?? []).map { seed in
            try Meeting(
                attributes: Dictionary(
                    uniqueKeysWithValues: MeetingField.allCases.map { ($0.rawValue, seed.value(of: $0)) }))
        }
        let store = try await stores.makeStore(for: key, seededWith: seeds)
        return MeetingsWorldSession(
            store: store, seededIDs: Set(seeds.map(\.meetingId)),
            close: { [stores] in
                await stores.cleanUp(store, for: key)
            })
    }
}
