import CodeHooks
import LexFacts

/// Which code hook a bot runs with: the `--code-hook` value or the bot file's `codeHook`.
///
/// An open type: the runner attaches whatever spec it is given to each script's world and clock and
/// calls the hook over the Lex V2 contract, never knowing whose code it is. MeetyBot's LexLambda
/// (`meety`) is one spec (in `MeetyWorld`); `none` is `NoCodeHook`; hooks in other languages are
/// specs too.
public protocol CodeHookSpec: Sendable {
    /// The spec as written (`meety`, `none`), for reports and saved commands.
    var name: String { get }
    /// Whether the hook is this project's own code that waits on nothing but its world: over an
    /// in-process world it cannot hang, so it is called without a watchdog (a thread hop per call
    /// that costs more than the hook). Any other hook gets the `--timeout` watchdog.
    var waitsOnlyOnWorld: Bool { get }
    /// Whether the hook runs in this process, so it can see an in-memory world (a hook in a Python or
    /// Node.js process cannot).
    var runsInProcess: Bool { get }
    /// Whether the hook enforces `--timeout` itself (stopping a worker that runs over and saying so),
    /// so the runner adds no watchdog of its own.
    var enforcesTimeout: Bool { get }
    /// Lines for the run's header: how the hook sees the clock, for instance. Empty for most hooks.
    var headerNotes: [String] { get }
    /// Lines for the run's summary: how long the hook's workers took to start, for instance.
    func summaryNotes() async -> [String]
    /// The hook of one script run (or one chat) over its world and clock.
    /// - Throws: an error whose description says why the hook cannot serve this world.
    func attach(_ context: HookContext) async throws -> HookAttachment
    /// Ends whatever the spec started for the run (worker processes); called once, at the end.
    func shutdown() async
}

extension CodeHookSpec {
    /// Specs start nothing that outlives an attachment unless they say otherwise.
    public func shutdown() async {}
    /// Hooks run in this process unless they say otherwise.
    public var runsInProcess: Bool { true }
    /// The runner's watchdog guards hooks unless they say otherwise.
    public var enforcesTimeout: Bool { false }
    /// Nothing to say unless a spec says otherwise.
    public var headerNotes: [String] { [] }
    /// Nothing to say unless a spec says otherwise.
    public func summaryNotes() async -> [String] { [] }
}

/// What a hook is attached to: the script's world and clock.
public struct HookContext: Sendable {
    /// The script's (or chat's) world.
    public var world: any WorldSession
    /// The conversation's clock, which the hook sees as "now".
    public var clock: any WallClock

    /// Creates a context.
    public init(world: any WorldSession, clock: any WallClock) {
        self.world = world
        self.clock = clock
    }
}

/// A hook attached to one script run, and how to let it go.
public struct HookAttachment: Sendable {
    /// The hook the simulator calls; `nil` runs hook-enabled intents as if their hooks delegated.
    public var hook: (any CodeHook)?
    /// Called when the script ends (gives a worker back to its pool).
    public var detach: @Sendable () async -> Void
    /// What the hook printed since the last call (stdout and stderr of its process, like the
    /// function's CloudWatch log), or `nil` for a hook that prints nowhere the runner can see.
    public var takeLog: @Sendable () -> String?

    /// Creates an attachment.
    public init(
        hook: (any CodeHook)?, detach: @escaping @Sendable () async -> Void = {},
        takeLog: @escaping @Sendable () -> String? = { nil }
    ) {
        self.hook = hook
        self.detach = detach
        self.takeLog = takeLog
    }
}

/// `none`: no code hook. Intents with hooks enabled run as if their hooks delegated.
public struct NoCodeHook: CodeHookSpec {
    /// Creates the spec.
    public init() {}

    /// `none`.
    public var name: String { "none" }

    /// No hook, nothing to wait on.
    public var waitsOnlyOnWorld: Bool { true }

    /// No hook.
    public func attach(_ context: HookContext) async throws -> HookAttachment { HookAttachment(hook: nil) }
}
