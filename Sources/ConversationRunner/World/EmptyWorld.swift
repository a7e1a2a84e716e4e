import Conversations
import MeetyDiagnostics

/// The world of a bot whose scripts check only the dialog: it holds nothing, so a script that
/// seeds, changes or expects records is refused before it runs, at the line that needs them.
public struct EmptyWorld: ConversationWorld {
    /// Creates the world.
    public init() {}

    /// "no records".
    public var description: String { "no records" }

    /// Nothing to wait on.
    public var isInProcess: Bool { true }

    /// A diagnostic for each part of `script` that needs records.
    public func check(_ script: ConversationScript, hook: any CodeHookSpec) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func refuse(_ what: String, at span: SourceSpan) {
            problems.append(
                .error(
                    .worldUnavailable,
                    "\(what) needs a world with records, but this run has none (the bot's code hook "
                        + "'\(hook.name)' keeps no records a script can see)",
                    at: span))
        }
        if let first = script.givenMeetings.first { refuse("'given.meetings'", at: first.span) }
        for step in script.steps where step.userTurn == nil && step.clockStep == nil {
            refuse("step \(step.number)", at: step.span)
        }
        if let expected = script.expectedMeetings { refuse("'expect.meetings'", at: expected.span) }
        return problems
    }

    /// A session with nothing in it.
    public func open(for script: ConversationScript?, key: String) async throws -> any WorldSession {
        EmptyWorldSession()
    }
}

/// The session of `EmptyWorld`.
struct EmptyWorldSession: WorldSession {
    func perform(_ action: ScriptStep.Action) async -> Result<WorldStepRecord, WorldStepFailure> {
        .failure(WorldStepFailure(code: .worldUnavailable, message: "this run has no records to change"))
    }

    func verify(_ script: ConversationScript) async -> [Diagnostic] { [] }

    func contents() async -> [String] { ["this run keeps no records"] }

    func recordedExpectations() async -> RecordedExpectations { RecordedExpectations() }

    func close() async {}
}
