import ArgumentParser
import BotDiff
import ConversationRunner
import Foundation
import MeetyDiagnostics

/// `meety-bot diff OLD NEW`: what changed between two versions of a bot, element by element (intent,
/// sample utterance, slot, slot type value or synonym, message, confirmation, hook setting, flow
/// step), with `file:line:col` on YAML sides. With `--scripts`, the scripts whose runs exercise each
/// change. Exit 0 when nothing changed, 1 when something did (or an input cannot be read).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two bots, element by element; exit 1 when something did.",
        discussion: """
            OLD and NEW are each a bot YAML file, a Lex export folder or zip, a CloudFormation template, \
            or REV:PATH read from git (HEAD:bots/meetybot.yaml).
            """
    )

    @Argument(help: "The old bot.")
    var old: String

    @Argument(help: "The new bot.")
    var new: String

    @Flag(help: "Print the changes as JSON.")
    var json = false

    @Option(
        name: .customLong("scripts"),
        help: ArgumentHelp(
            "Run the scripts here on both bots and name, per change, those that exercise it (repeatable).",
            valueName: "dir"))
    var scripts: [String] = []

    @OptionGroup var botOptions: BotOptions

    @Option(help: "How many scripts run at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if botOptions.bot != nil || botOptions.lex != nil {
            throw ValidationError("diff takes its bots as OLD and NEW, not --bot or --lex")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        var loading = DiagnosticBag()
        let oldBot = BotSources.load(old, into: &loading)
        let newBot = BotSources.load(new, into: &loading)
        // Only what stops a side from loading matters here; `validate` reports the warnings.
        bag.append(contentsOf: loading.diagnostics.filter { $0.severity == .error })
        guard let oldBot, let newBot else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let diff = BotDiff(old: oldBot.elements, new: newBot.elements)
        var exercisedBy: [BotElementKey: [ScriptReference]]?
        if !scripts.isEmpty {
            exercisedBy = await impact(diff, oldBot, newBot, into: &bag)
        }
        let report = BotDiffReport(diff: diff, oldSource: old, newSource: new, exercisedBy: exercisedBy)
        if json {
            console.write(String(decoding: report.json(), as: UTF8.self))
        } else {
            console.write(report.text())
        }
        console.report(bag.diagnostics)
        if bag.hasErrors || !diff.isEmpty { throw ExitCode.failure }
    }

    /// Runs the scripts on both bots; `nil` entries stay empty when the run cannot be set up.
    private func impact(_ diff: BotDiff, _ oldBot: LoadedBot, _ newBot: LoadedBot, into bag: inout DiagnosticBag)
        async -> [BotElementKey: [ScriptReference]]?
    {
        guard let world = await botOptions.world(into: &bag) else { return nil }
        let jobs = botOptions.fixedTable ? 1 : self.jobs
        let hooks = botOptions.hookCatalog(jobs: jobs)
        let override: (any CodeHookSpec)?
        do {
            override = try botOptions.overrideHook(from: hooks)
        } catch {
            bag.error(.unknownCodeHook, "--code-hook: \(error.message)", at: nil)
            return nil
        }
        var setup = ImpactSetup(hooks: hooks, override: override)
        let oldUnderTest = setup.underTest(oldBot, into: &bag)
        let newUnderTest = setup.underTest(newBot, into: &bag)
        let scripts = await ImpactSetup.scripts(self.scripts, jobs: jobs, into: &bag)
        let options = RunOptions(jobs: jobs, turnTimeout: botOptions.hookTimeout, world: world)
        let outcome = await ImpactRunner(options: options).run(
            scripts: scripts, old: oldUnderTest, new: newUnderTest, changes: diff.changes)
        await setup.shutDown()
        await world.finish()
        for problem in outcome.problems {
            var note = problem
            note.severity = .warning
            note.message = "not run on either bot: " + problem.message
            bag.emit(note)
        }
        return outcome.impact.exercisedBy
    }
}
