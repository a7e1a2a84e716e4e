import Conversations
import MeetyDiagnostics

/// What a conversation script acts on besides the bot: the records its `given` seeds, its store
/// steps change and its `expect` checks.
///
/// The runner knows no bot and no world: it sends user turns to the simulator and hands every other
/// step, and the final expectations, to the world. MeetyBot's Meetings table (in memory or in
/// DynamoDB) is one implementation, owned by MeetyBot's side of the package (`MeetyWorld`); a bot
/// whose scripts check nothing outside the dialog runs on `EmptyWorld`.
public protocol ConversationWorld: Sendable {
    /// What the world is, for run headers and messages ("Meetings in memory").
    var description: String { get }
    /// Whether everything in the world lives in this process and answers without waiting on
    /// anything outside it (no network, no disk), so code over it cannot hang on the world.
    var isInProcess: Bool { get }
    /// Problems that make `script` unrunnable on this world with `hook`, found before anything runs
    /// (a store step on a world without records; seeded records a hook process cannot see).
    func check(_ script: ConversationScript, hook: any CodeHookSpec) -> [Diagnostic]
    /// The world of one script (or of one chat, when `script` is `nil`), seeded from `given`.
    /// - Throws: an error whose description says why the world could not be set up.
    func open(for script: ConversationScript?, key: String) async throws -> any WorldSession
    /// Removes what the run left behind (tables kept for reuse between scripts), once, at its end.
    func finish() async
}

extension ConversationWorld {
    /// Worlds keep nothing beyond their sessions unless they say otherwise.
    public func finish() async {}
}

/// One script's (or chat's) view of its world, from its seeding to its clean-up.
public protocol WorldSession: Sendable {
    /// Carries out a step that is not a user turn (`approve`, `reject`).
    /// - Returns: the transcript line of the step, or why it failed.
    func perform(_ action: ScriptStep.Action) async -> Result<WorldStepRecord, WorldStepFailure>
    /// Checks the script's final expectations (`expect`); one diagnostic per unmet expectation.
    func verify(_ script: ConversationScript) async -> [Diagnostic]
    /// The world's contents as lines (`meety-bot chat`'s `:meetings`).
    func contents() async -> [String]
    /// What this session created, as the `expect:` section of a chat saved as a script.
    func recordedExpectations() async -> RecordedExpectations
    /// Removes what the session left behind (a per-script table).
    func close() async
    /// Environment values a hook in its own process needs to reach this world (a DynamoDB endpoint and
    /// the script's table name).
    var hookEnvironment: HookEnvironment { get }
}

extension WorldSession {
    /// Worlds a hook process cannot reach need no environment.
    public var hookEnvironment: HookEnvironment { HookEnvironment() }
}

/// What a hook process needs to reach a world, and whether it is the same for every script.
public struct HookEnvironment: Sendable, Hashable {
    /// The values (`MEETINGS_TABLE=Meetings-3f9c1a2b-17`).
    public var values: [String: String]
    /// Whether every script of the run gets the same values, so one warm worker can serve them all;
    /// values that change per script (a table per script) need a worker per script.
    public var isSharedByScripts: Bool

    /// Creates an environment.
    public init(values: [String: String] = [:], isSharedByScripts: Bool = true) {
        self.values = values
        self.isSharedByScripts = isSharedByScripts
    }
}

/// The `expect:` section a saved chat gets from its world, and how the save message counts it.
public struct RecordedExpectations: Sendable, Hashable {
    /// The section's lines (`expect:` and below); empty when the world asserts nothing.
    public var lines: [String]
    /// What the section asserts, for the save message ("1 created meeting"); `nil` for nothing.
    public var summary: String?

    /// Creates the section.
    public init(lines: [String] = [], summary: String? = nil) {
        self.lines = lines
        self.summary = summary
    }
}

/// What a world step did, as the transcript shows it.
public struct WorldStepRecord: Sendable, Hashable {
    /// The actor shown in the transcript (`admin`).
    public var actor: String
    /// What was done (`approve {attendeeName: Alice}`).
    public var action: String
    /// The result in short (the changed record), for transcripts.
    public var result: String
    /// The result in full (every field of the changed record), for the chat.
    public var detail: String

    /// Creates a record.
    public init(actor: String, action: String, result: String, detail: String? = nil) {
        self.actor = actor
        self.action = action
        self.result = result
        self.detail = detail ?? result
    }
}

/// Why a world step failed, with its stable code.
public struct WorldStepFailure: Error, Sendable, Hashable {
    /// The diagnostic code (`store-step-failed`).
    public var code: DiagnosticCode
    /// The message, without the step number (the runner adds it).
    public var message: String
    /// The records involved, one per line in full (the several a selector matched), for the chat.
    public var records: [String]

    /// Creates a failure.
    public init(code: DiagnosticCode = .storeStepFailed, message: String, records: [String] = []) {
        self.code = code
        self.message = message
        self.records = records
    }
}
