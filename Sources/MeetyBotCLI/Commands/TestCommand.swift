import ArgumentParser
import ConversationRunner
import Foundation
import MeetyDiagnostics

/// `meety-bot test`: run conversation scripts offline through the simulator and the bot's hooks.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run conversation scripts against the bot offline; exit 1 if any fails.",
        discussion: "Paths are script files or folders searched recursively for .yaml/.yml (default: conversations/)."
    )

    @Argument(help: "Script files or folders (default: conversations/).")
    var paths: [String] = []

    @OptionGroup var botOptions: BotOptions

    @Option(help: "Run only scripts whose name contains TEXT (case-insensitive) or that have tag TEXT.")
    var filter: String?

    @Option(help: "How many scripts run at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write a JUnit XML report to FILE.")
    var junit: String?

    @Option(help: "Write a JSON report to FILE.")
    var json: String?

    @Flag(help: "Report coverage of intents, utterances, slots, messages, hook outcomes and flow steps.")
    var coverage = false

    @Option(help: "Fail when coverage is below PCT percent (implies --coverage).")
    var minCoverage: Double?

    @Option(help: "Pick message variations with this seed (default: always the main message).")
    var seed: UInt64?

    @Option(
        help: ArgumentHelp(
            "Run shard K of N of the suite (every Nth script, after --filter); the shards together run it all.",
            valueName: "K/N"))
    var shard: String?

    @Option(
        name: .customLong("affected-by"),
        help: ArgumentHelp(
            "Run only the scripts that exercise what changed since OLD (a bot file, export, template or REV:PATH).",
            valueName: "old"))
    var affectedBy: String?

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let minCoverage, !(0...100).contains(minCoverage) { throw ValidationError("--min-coverage must be 0...100") }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, such as 2/4")
        }
    }

    func run() async throws {
        var bag = DiagnosticBag()
        let console = Console.standard
        guard let world = await botOptions.world(into: &bag) else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        // A fixed table is emptied and reseeded before each script, so scripts take turns.
        let jobs = botOptions.fixedTable ? 1 : self.jobs
        guard var bots = botOptions.botCatalog(jobs: jobs, into: &bag) else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let suite = await SuiteAssembly(
            paths: paths.isEmpty ? ["conversations"] : paths, bot: botOptions.bot, lex: botOptions.lex, jobs: jobs,
            world: world
        ).load(bots: &bots, into: &bag)
        guard !bag.hasErrors, let (filtered, filteredOut) = SuiteGate.select(suite.jobs, filter: filter, into: &bag)
        else {
            console.report(bag.diagnostics)
            await Self.shutDown(bots.hookSpecs)
            throw ExitCode.failure
        }
        let part = shard.flatMap(Shard.init)
        // Traces feed coverage and --affected-by; without them a suite's results hold far less memory.
        let options = RunOptions(
            jobs: jobs, variationSeed: seed, turnTimeout: botOptions.hookTimeout, world: world,
            keepsTraces: coverage || minCoverage != nil || affectedBy != nil)
        var affected: AffectedRun?
        if let affectedBy {
            affected = await AffectedRun.find(
                since: affectedBy, jobs: filtered, primary: suite.primaryBot, catalog: bots, options: options,
                into: &bag)
            guard let found = affected, !bag.hasErrors else {
                console.report(bag.diagnostics)
                await Self.shutDown(bots.hookSpecs)
                throw ExitCode.failure
            }
            console.out(found.header)
        }
        let candidates = affected?.jobs ?? filtered
        let selected = part.map { SuiteGate.shard(candidates, $0) } ?? candidates
        let skipped = filteredOut + (affected.map { filtered.count - $0.jobs.count } ?? 0)
        for line in bots.hookSpecs.flatMap(\.headerNotes) { console.out(line) }
        let results: [ScriptResult]
        if let affected {
            results = affected.results(for: selected)
        } else {
            results = await SuiteRunner(options: options).run(selected)
        }
        var hookSummary: [String] = []
        for spec in bots.hookSpecs { hookSummary += await spec.summaryNotes() }
        await Self.shutDown(bots.hookSpecs)
        await world.finish()
        for line in hookSummary { console.out(line) }
        let measured =
            (coverage || minCoverage != nil)
            ? suite.primaryBot.map { CoverageReport.compute(bot: $0.bot, results: results) } : nil
        console.write(
            TextReporter(colored: console.colored).report(results, skipped: skipped, coverage: measured, shard: part))
        if let junit {
            OutputFiles.write(
                Data(JUnitReporter().report(results, skipped: skipped, shard: part).utf8), to: junit, into: &bag)
        }
        if let json {
            do {
                OutputFiles.write(
                    try JSONReporter().report(results, skipped: skipped, coverage: measured), to: json, into: &bag)
            } catch {
                bag.error(.unwritableFile, "cannot encode the JSON report: \(error)", at: .startOf(json))
            }
        }
        SuiteGate.checkCoverage(measured, minimum: minCoverage, into: &bag)
        console.report(bag.diagnostics)
        if bag.hasErrors || results.contains(where: { $0.status == .failed }) { throw ExitCode.failure }
    }

    /// Ends every process the run's hooks started.
    static func shutDown(_ specs: [any CodeHookSpec]) async {
        for spec in specs { await spec.shutdown() }
    }
}
