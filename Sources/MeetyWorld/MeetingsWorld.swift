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

    /// A Meetings store takes any seeds, steps and expectations the script format allows; but a hook
    /// in its own process (Python, Node.js ...) cannot see an in-memory store, so a script that seeds,
    /// changes or checks records with such a hook needs a store both can reach (`--store dynamodb`).
    public func check(_ script: ConversationScript, hook: any CodeHookSpec) -> [Diagnostic] {
        guard stores.storesInProcess, !hook.runsInProcess else { return [] }
        var problems: [Diagnostic] = []
        func refuse(_ what: String, at span: SourceSpan) {
            problems.append(
                .error(
                    .worldUnavailable,
                    "\(what) uses the in-memory Meetings store, which code hook '\(hook.name)' cannot see "
                        + "(it runs in its own process); run with --store dynamodb so the hook and the script share a table",
                    at: span))
        }
        if let first = script.givenMeetings.first { refuse("'given.meetings'", at: first.span) }
        // Store actions only: a clock step moves the hook's clock too (libfaketime), so it needs no table.
        for step in script.steps where step.userTurn == nil && step.clockStep == nil {
            refuse("step \(step.number)", at: step.span)
        }
        if let expected = script.expectedMeetings { refuse("'expect.meetings'", at: expected.span) }
        return problems
    }

    /// Removes what the run's stores left (the DynamoDB tables).
    public func finish() async {
        await stores.finish()
    }

    /// A store for the script, seeded with its `given.meetings`.
    public func open(for script: ConversationScript?, key: String) async throws -> any WorldSession {
        let seeds = try (script?.givenMeetings ?? []).map { seed in
            try Meeting(
                attributes: Dictionary(
                    uniqueKeysWithValues: MeetingField.allCases.map { ($0.rawValue, seed.value(of: $0)) }))
        }
        let store = try await stores.makeStore(for: key, seededWith: seeds)
        return MeetingsWorldSession(
            store: store, seededIDs: Set(seeds.map(\.meetingId)), hookEnvironment: stores.hookEnvironment(for: store),
            close: { [stores] in await stores.cleanUp(store, for: key) })
    }
}
