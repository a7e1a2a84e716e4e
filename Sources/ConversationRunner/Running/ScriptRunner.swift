import CodeHooks
import Conversations
import LexRuntime
import MeetyDiagnostics
import MeetyLambda

/// Runs one conversation script on a fresh simulator, a fresh Meetings store seeded from `given`,
/// and the script's clock (which drives both slot resolution and the hooks).
///
/// Stops at the first failing step: later steps usually depend on it, and one precise failure
/// with the transcript so far is what a developer needs.
public struct ScriptRunner: Sendable {
    /// The bot being tested.
    public let bot: BotUnderTest
    /// How to run.
    public let options: RunOptions

    /// Creates a runner.
    public init(bot: BotUnderTest, options: RunOptions) {
        self.bot = bot
        self.options = options
    }

    /// Runs `script` and reports the outcome; never throws.
    public func run(_ script: ConversationScript) async -> ScriptResult {
        var run = ScriptRun(script: script)
        let key = "\(script.file)#\(script.index ?? 0)"
        let clock = FixedClock(script.now.instant)
        let store: any MeetingStore
        do {
            let seeds = try script.givenMeetings.map { try Meeting(attributes: Self.attributes(of: $0)) }
            store = try await options.stores.makeStore(for: key, seededWith: seeds)
        } catch {
            run.fail(.storeSetupFailed, "cannot set up the Meetings store for this script: \(error)", at: script.span)
            return run.result(bot: bot)
        }
        let hook = bot.hook.makeHook(store: store, clock: clock)
        guard let prepared = bot.prepared else {
            let reason = bot.preparationError.map { "\($0)" } ?? "it cannot be prepared"
            run.fail(.turnError, "the simulator cannot run bot '\(bot.bot.name)': \(reason)", at: script.span)
            await options.stores.cleanUp(store, for: key)
            return run.result(bot: bot)
        }
        let runtime = LexRuntime(
            prepared: prepared,
            codeHook: hook,
            clock: clock,
            options: RuntimeOptions(
                variationSeed: options.variationSeed,
                hookTimeout: options.hookTimeout(for: bot.hook, storesInProcess: options.stores.storesInProcess))
        )
        let seededIDs = Set(script.givenMeetings.map(\.meetingId.value))
        for step in script.steps where !run.hasFailed {
            switch step.action {
            case .user(let turn):
                await run.userTurn(
                    turn, step: step, runtime: runtime, locale: script.locale?.value, timed: options.recordsTurnTimes)
            case .approve(let selector):
                await run.storeStep(approve: true, selector: selector, step: step, store: store)
            case .reject(let selector):
                await run.storeStep(approve: false, selector: selector, step: step, store: store)
            }
        }
        if !run.hasFailed, let expected = script.expectedMeetings {
            await run.checkMeetings(expected, store: store, seededIDs: seededIDs)
        }
        await options.stores.cleanUp(store, for: key)
        return run.result(bot: bot)
    }

    /// A seeded meeting as the store's attribute map.
    static func attributes(of seed: SeededMeeting) -> [String: String] {
        var result: [String: String] = [:]
        for field in MeetingRecordField.allCases {
            result[field.rawValue] = seed.value(of: field)
        }
        return result
    }
}
