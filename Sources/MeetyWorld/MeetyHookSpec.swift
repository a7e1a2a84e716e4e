import ConversationRunner
import MeetyLambda

/// `meety`: MeetyBot's LexLambda (`MeetyCodeHook`), called in process over the script's Meetings
/// store with sequential meeting ids, so a script sees the same ids on every run.
public struct MeetyHookSpec: CodeHookSpec {
    /// Creates the spec.
    public init() {}

    /// `meety`.
    public var name: String { "meety" }

    /// The LexLambda waits only on its store.
    public var waitsOnlyOnWorld: Bool { true }

    /// The LexLambda over the session's store.
    /// - Throws: `MeetyHookSpecError` when the world is not a Meetings world.
    public func attach(_ context: HookContext) async throws -> HookAttachment {
        guard let meetings = context.world as? MeetingsWorldSession else { throw MeetyHookSpecError() }
        return HookAttachment(
            hook: MeetyCodeHook(store: meetings.store, clock: context.clock, ids: SequentialMeetingIDs()))
    }
}

/// The `meety` hook was given a world without a Meetings store.
public struct MeetyHookSpecError: Error, CustomStringConvertible {
    /// Explains the mismatch.
    public var description: String { "the meety hook needs the Meetings world, but this run has another world" }
}
