/// How a suite of conversation scripts is run.
public struct RunOptions: Sendable {
    /// How many scripts run at once.
    public var jobs: Int
    /// Picks message variations reproducibly; `nil` always says the main message.
    public var variationSeed: UInt64?
    /// How long one code hook call may take before its turn fails.
    public var turnTimeout: Duration
    /// What each script's steps act on besides the bot (seeded by `given`, checked by `expect`).
    public var world: any ConversationWorld
    /// Whether each user turn's wall time is recorded in `ScriptResult.turnTimes` (for the
    /// benchmark's latency percentiles). Off by default: results then hold nothing that varies
    /// from run to run.
    public var recordsTurnTimes: Bool
    /// Whether results keep each turn's `TurnTrace` (what coverage and change impact read). A suite
    /// keeps every result until it reports, and traces are most of a result's memory, so a run that
    /// reports no coverage drops them.
    public var keepsTraces: Bool

    /// Creates options.
    public init(
        jobs: Int = 1,
        variationSeed: UInt64? = nil,
        turnTimeout: Duration = .seconds(10),
        world: any ConversationWorld = EmptyWorld(),
        recordsTurnTimes: Bool = false,
        keepsTraces: Bool = true
    ) {
        self.jobs = max(1, jobs)
        self.variationSeed = variationSeed
        self.turnTimeout = turnTimeout
        self.world = world
        self.recordsTurnTimes = recordsTurnTimes
        self.keepsTraces = keepsTraces
    }

    /// The time limit for one call of a `hook`; `nil` means the hook is called directly, without a
    /// watchdog.
    ///
    /// The limit guards hooks that can hang: hooks that are not this project's own code, and any
    /// hook over a world that waits on the network. The built-in LexLambda over an in-memory store
    /// cannot wait on anything, so it is called directly rather than through a watched task of its
    /// own (a thread hop per call that costs more than the hook). A hook that enforces the limit
    /// itself (a worker process it stops when it runs over) gets no second watchdog.
    public func hookTimeout(for hook: any CodeHookSpec) -> Duration? {
        if hook.enforcesTimeout { return nil }
        return hook.waitsOnlyOnWorld && world.isInProcess ? nil : turnTimeout
    }
}
