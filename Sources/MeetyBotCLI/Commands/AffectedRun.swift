import BotDiff
import ConversationRunner
import Foundation
import MeetyDiagnostics

/// `meety-bot test --affected-by OLD`: the scripts of the suite whose runs exercise what changed
/// between OLD and the bot the suite tests, found by running the suite on both (the traces say who
/// exercises what); the new bot's runs of those scripts are the test's results.
struct AffectedRun {
    /// The affected scripts' jobs, in suite order.
    var jobs: [SuiteRunner.Job]
    /// The line that says what was compared and what was found.
    var header: String
    private var newRuns: [ChangeImpact.Run]

    /// The results of `selected` (a subset of `jobs`) on the new bot.
    func results(for selected: [SuiteRunner.Job]) -> [ScriptResult] {
        selected.compactMap { job in
            newRuns.first { $0.script.file == job.script.file && $0.script.name == job.script.name }?.result
        }
    }

    /// Compares `old` with the suite's bot and finds the affected scripts among `jobs`; `nil` after
    /// an error (OLD or the suite's bot cannot be read). Scripts of other bots are not affected.
    static func find(
        since old: String, jobs: [SuiteRunner.Job], primary: BotUnderTest?, catalog: BotCatalog, options: RunOptions,
        into bag: inout DiagnosticBag
    ) async -> AffectedRun? {
        guard let primary else {
            return AffectedRun(jobs: [], header: "no scripts to compare with \(old)", newRuns: [])
        }
        var loading = DiagnosticBag()
        let oldBot = BotSources.load(old, into: &loading)
        let newBot = BotSources.load(primary.source, into: &loading)
        bag.append(contentsOf: loading.diagnostics.filter { $0.severity == .error })
        guard let oldBot, let newBot else { return nil }
        let diff = BotDiff(old: oldBot.elements, new: newBot.elements)
        let own = jobs.filter { $0.bot.source == primary.source }
        var setup = ImpactSetup(hooks: catalog.hooks, override: catalog.hookOverride)
        let oldUnderTest = setup.underTest(oldBot, into: &bag)
        let outcome = await ImpactRunner(options: options).run(
            scripts: own.map(\.script), old: oldUnderTest, new: primary, changes: diff.changes)
        await setup.shutDownOwn()
        bag.append(contentsOf: outcome.impact.unexercisedWarnings(diff.changes, since: old))
        let affected = Set(outcome.impact.affectedScripts)
        let selected = own.filter {
            affected.contains(ScriptReference(file: $0.script.file, name: $0.script.name.value))
        }
        let count = diff.changes.count
        let header =
            count == 0
            ? "no changes between \(old) and \(primary.source): no script to run"
            : "\(count) change\(count == 1 ? "" : "s") between \(old) and \(primary.source): "
                + "\(selected.count) of \(jobs.count) script\(jobs.count == 1 ? "" : "s") exercise\(selected.count == 1 ? "s" : "") them"
        return AffectedRun(jobs: selected, header: header, newRuns: outcome.newRuns)
    }
}
