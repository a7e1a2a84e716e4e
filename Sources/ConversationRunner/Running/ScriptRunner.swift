import CodeHooks
import Conversations
import LexFacts
import LexRuntime
import MeetyDiagnostics

/// Runs one conversation script on a fresh simulator, a fresh world seeded from `given`, and the
/// script's clock (which drives both slot resolution and the hooks, and moves at clock steps).
///
/// Stops at the first failing step: later steps usually depend on it, and one precise failure
/// with the transcript so far is what a developer needs. User turns go to the simulator; every
/// other step and the final expectations go to the world, so the runner knows no bot.
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

    /// The result of a run, with the locale it ran in.
    private func finished(_ run: ScriptRun, _ script: ConversationScript) -> ScriptResult {
        var result = run.result()
        result.locale = script.locale?.value ?? bot.bot.locales.first?.id ?? ""
        result.localeWasChosen = script.locale != nil
        return result
    }

    /// Runs `script` and reports the outcome; never throws.
    public func run(_ script: ConversationScript) async -> ScriptResult {
        var run = ScriptRun(script: script, keepsTraces: options.keepsTraces)
        let key = "\(script.file)#\(script.index ?? 0)"
        // Only a script with clock steps needs a clock that moves (and a lock to read it).
        let movable = script.steps.contains { $0.clockStep != nil } ? MovableClock(script.now.instant) : nil
        let clock: any WallClock = movable ?? FixedClock(script.now.instant)
        let world: any WorldSession
        do {
            world = try await options.world.open(for: script, key: key)
        } catch {
            run.fail(
                .storeSetupFailed, "cannot set up \(options.world.description) for this script: \(error)",
                at: script.span)
            return finished(run, script)
        }
        guard let prepared = bot.prepared else {
            let reason = bot.preparationError.map { "\($0)" } ?? "it cannot be prepared"
            run.fail(.turnError, "the simulator cannot run bot '\(bot.bot.name)': \(reason)", at: script.span)
            await world.close()
            return finished(run, script)
        }
        let attachment: HookAttachment
        do {
            attachment = try await bot.hook.attach(HookContext(world: world, clock: clock))
        } catch {
            run.fail(.turnError, "code hook '\(bot.hook.name)' cannot run this script: \(error)", at: script.span)
            await world.close()
            return finished(run, script)
        }
        let runtime = LexRuntime(
            prepared: prepared,
            codeHook: attachment.hook,
            clock: clock,
            options: RuntimeOptions(
                variationSeed: options.variationSeed, hookTimeout: options.hookTimeout(for: bot.hook))
        )
        for step in script.steps where !run.hasFailed {
            if let turn = step.userTurn {
                await run.userTurn(
                    turn, step: step, runtime: runtime, locale: script.locale?.value, hookLog: attachment.takeLog,
                    timed: options.recordsTurnTimes)
            } else if let move = step.clockStep, let movable {
                run.clockStep(move, clock: movable)
            } else {
                await run.worldStep(step, world: world)
            }
        }
        if !run.hasFailed { run.record(await world.verify(script)) }
        await attachment.detach()
        await world.close()
        return finished(run, script)
    }
}
