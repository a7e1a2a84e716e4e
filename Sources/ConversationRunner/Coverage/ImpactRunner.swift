import BotDiff
import Conversations
import MeetyDiagnostics

/// Runs scripts on both sides of a bot change and finds which scripts exercise each change: the
/// library side of `meety-bot diff --scripts` and `meety-bot test --affected-by`.
///
/// Every script is checked against each side as `meety-bot test` checks it (the bot's outline and
/// the world); a script that does not fit one side (it names an intent the other side added, say)
/// runs on the other side only, and one that fits neither is reported back with its problems.
public struct ImpactRunner: Sendable {
    /// How scripts run (jobs, seed, time-out, world).
    public var options: RunOptions

    /// Creates a runner.
    public init(options: RunOptions) {
        self.options = options
    }

    /// What running the scripts on both sides found.
    public struct Outcome: Sendable {
        /// The scripts that exercise each change.
        public var impact: ChangeImpact
        /// The runs on the new bot, in script order.
        public var newRuns: [ChangeImpact.Run]
        /// The problems of scripts that fit neither side.
        public var problems: [Diagnostic]
    }

    /// Runs `scripts` on `old` and on `new` and maps `changes` to the scripts that exercise them.
    public func run(scripts: [ConversationScript], old: BotUnderTest, new: BotUnderTest, changes: [BotChange]) async
        -> Outcome
    {
        let (oldRuns, _) = await run(scripts, on: old)
        let (newRuns, newProblems) = await run(scripts, on: new)
        let ranSomewhere = Set(
            (oldRuns + newRuns).map { ScriptReference(file: $0.script.file, name: $0.script.name.value) })
        let problems = newProblems.filter { problem in
            !ranSomewhere.contains(ScriptReference(file: problem.script.file, name: problem.script.name.value))
        }.flatMap(\.diagnostics)
        let impact = ChangeImpact(
            changes: changes, oldBot: old.bot, oldRuns: oldRuns, newBot: new.bot, newRuns: newRuns)
        return Outcome(impact: impact, newRuns: newRuns, problems: problems)
    }

    /// A script that could not run on a side, with why.
    private struct Refusal {
        var script: ConversationScript
        var diagnostics: [Diagnostic]
    }

    private func run(_ scripts: [ConversationScript], on bot: BotUnderTest) async -> ([ChangeImpact.Run], [Refusal]) {
        var jobs: [SuiteRunner.Job] = []
        var refusals: [Refusal] = []
        for script in scripts {
            let problems =
                ConversationChecker().check(script, against: bot.outline) + options.world.check(script, hook: bot.hook)
            if problems.contains(where: { $0.severity == .error }) {
                refusals.append(Refusal(script: script, diagnostics: problems))
            } else {
                jobs.append(SuiteRunner.Job(script: script, bot: bot))
            }
        }
        let results = await SuiteRunner(options: options).run(jobs)
        return (zip(jobs, results).map { ChangeImpact.Run(script: $0.script, result: $1) }, refusals)
    }
}
