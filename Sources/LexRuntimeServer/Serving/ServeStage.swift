import ConversationRunner
import LexRuntime

/// What `meety-bot serve` runs: its bots, each with one runtime per locale over the bots' code hooks,
/// and the one world session they share for the server's life (the Meetings store the `meety` hook
/// books into lives as long as the server).
///
/// Like `ChatSession`'s stage, for many sessions at once: the world is opened once, each bot's hook
/// spec is attached to it once (`HookLanes`), and the runtimes keep the sessions. `close()` lets the
/// hooks go and closes the world; the caller then shuts the hook specs down and finishes the world.
public final class ServeStage: Sendable {
    /// How a stage is set up.
    public struct Settings: Sendable {
        /// The bots, each with its code hook.
        public var bots: [BotUnderTest]
        /// What the hooks act on (MeetyBot's Meetings world).
        public var world: any ConversationWorld
        /// The clock slot resolution, the hooks and the idle timeouts use.
        public var clock: any ServerClock
        /// How long one hook call may take before its turn fails (424).
        public var hookTimeout: Duration
        /// How many calls a hook in its own process may serve at once (its workers).
        public var hookLanes: Int
        /// Where a hook's output goes, with the session id.
        public var hookLog: HookLanes.LogSink

        /// Creates settings.
        public init(
            bots: [BotUnderTest], world: any ConversationWorld, clock: any ServerClock, hookTimeout: Duration,
            hookLanes: Int, hookLog: @escaping HookLanes.LogSink
        ) {
            self.bots = bots
            self.world = world
            self.clock = clock
            self.hookTimeout = hookTimeout
            self.hookLanes = hookLanes
            self.hookLog = hookLog
        }
    }

    /// The bots as served, in the order given.
    public let servedBots: [ServedBot]
    private let world: any WorldSession
    private let lanes: [HookLanes]

    private init(servedBots: [ServedBot], world: any WorldSession, lanes: [HookLanes]) {
        self.servedBots = servedBots
        self.world = world
        self.lanes = lanes
    }

    /// Opens the world, attaches each bot's hook and builds the runtimes.
    /// - Throws: `ServeStartError` when a bot cannot be run, two bots share an id or a name, the world
    ///   cannot be opened or a hook cannot serve it. Nothing stays open after a failure.
    public static func open(_ settings: Settings) async throws(ServeStartError) -> ServeStage {
        var prepared: [(BotUnderTest, PreparedBot, String)] = []
        var seen: [String: String] = [:]
        for bot in settings.bots {
            guard let ready = bot.prepared else {
                let reason = bot.preparationError.map(\.message) ?? "it cannot be prepared"
                throw ServeStartError(message: "the simulator cannot run bot '\(bot.bot.name)': \(reason)")
            }
            let id = ServedBot.identifier(for: bot.bot)
            for key in [id, bot.bot.name] {
                if let other = seen[key] {
                    throw ServeStartError(
                        message: "bots '\(other)' and '\(bot.bot.name)' are both reached as '\(key)'; serve them apart")
                }
            }
            seen[id] = bot.bot.name
            seen[bot.bot.name] = bot.bot.name
            prepared.append((bot, ready, id))
        }
        let world: any WorldSession
        do {
            world = try await settings.world.open(for: nil, key: "serve")
        } catch {
            throw ServeStartError(message: "cannot set up \(settings.world.description): \(error)")
        }
        let runOptions = RunOptions(turnTimeout: settings.hookTimeout, world: settings.world)
        var lanes: [HookLanes] = []
        var served: [ServedBot] = []
        for (bot, ready, id) in prepared {
            let hook: HookLanes
            do {
                hook = try await HookLanes(
                    spec: bot.hook, context: HookContext(world: world, clock: settings.clock.wall),
                    lanes: settings.hookLanes, log: settings.hookLog)
            } catch {
                for opened in lanes { await opened.close() }
                await world.close()
                throw ServeStartError(
                    message: "code hook '\(bot.hook.name)' of bot '\(bot.bot.name)' cannot run: \(error)")
            }
            lanes.append(hook)
            let options = RuntimeOptions(hookTimeout: runOptions.hookTimeout(for: bot.hook))
            let runtimes = bot.bot.locales.map { locale in
                (
                    locale: locale.id,
                    runtime: LexRuntime(
                        prepared: ready, codeHook: hook.hasHook ? hook : nil, clock: settings.clock.wall,
                        options: options)
                )
            }
            served.append(
                ServedBot(
                    name: bot.bot.name, id: id, idleSessionTTLInSeconds: bot.bot.idleSessionTTLInSeconds,
                    runtimes: runtimes))
        }
        return ServeStage(servedBots: served, world: world, lanes: lanes)
    }

    /// Lets every hook attachment go and closes the world session.
    public func close() async {
        for hook in lanes { await hook.close() }
        await world.close()
    }
}
