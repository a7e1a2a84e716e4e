import ArgumentParser
import ConversationRunner
import Conversations
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

    @Option(help: "The bot YAML file (default: the script's bot, else the one file in bots/).")
    var bot: String?

    @Option(help: "Run a Lex export (directory or zip) instead of a YAML bot.")
    var lex: String?

    @Option(help: "Run only scripts whose name contains TEXT (case-insensitive) or that have tag TEXT.")
    var filter: String?

    @Option(help: "How many scripts run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write a JUnit XML report to FILE.")
    var junit: String?

    @Option(help: "Write a JSON report to FILE.")
    var json: String?

    @Flag(help: "Report coverage of intents, utterances, slots, messages and hook outcomes.")
    var coverage = false

    @Option(help: "Fail when coverage is below PCT percent (implies --coverage).")
    var minCoverage: Double?

    @Option(help: "Pick message variations with this seed (default: always the main message).")
    var seed: UInt64?

    @Option(help: "The code hook: meety (the MeetyBot LexLambda) or none (default: the bot's codeHook).")
    var codeHook: String?

    @Option(help: "Seconds a code hook may take before its turn fails.")
    var timeout: Double = 10

    @Option(help: "Where each script's Meetings records live: memory, or dynamodb (a table per script).")
    var store: String = StoreSelection.memory.rawValue

    @Option(
        help: ArgumentHelp(
            "The DynamoDB endpoint URL for --store dynamodb.",
            discussion: "Default: AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL, else the region's AWS endpoint."))
    var endpoint: String?

    @Option(help: "The name prefix of the per-script DynamoDB tables for --store dynamodb (default: Meetings).")
    var table: String?

    func validate() throws {
        if bot != nil && lex != nil { throw ValidationError("use either --bot or --lex, not both") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let codeHook, BotUnderTestHook.kind(codeHook) == nil {
            throw ValidationError("--code-hook must be meety or none")
        }
        if let minCoverage, !(0...100).contains(minCoverage) { throw ValidationError("--min-coverage must be 0...100") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        guard let selection = StoreSelection(rawValue: store) else {
            throw ValidationError("--store must be memory or dynamodb")
        }
        if selection == .memory, endpoint != nil { throw ValidationError("--endpoint needs --store dynamodb") }
        if selection == .memory, table != nil { throw ValidationError("--table needs --store dynamodb") }
        if let table, !StoreSelection.isValidTableName(table) {
            throw ValidationError("--table must be 3 to 200 characters of A-Z, a-z, 0-9, '_', '.' and '-'")
        }
    }

    func run() async throws {
        var bag = DiagnosticBag()
        let console = Console.standard
        let suite = await SuiteLoader(
            paths: paths.isEmpty ? ["conversations"] : paths,
            bot: bot,
            lex: lex,
            hookOverride: codeHook.flatMap(BotUnderTestHook.kind),
            jobs: jobs
        ).load(into: &bag)
        guard !bag.hasErrors else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let selected = filter.map { text in suite.jobs.filter { ScriptFilter(text).matches($0.script) } } ?? suite.jobs
        let skipped = suite.jobs.count - selected.count
        if let filter, selected.isEmpty {
            // A gate that runs nothing must not pass: a misspelt filter would hide every failure.
            bag.error(
                .noScriptSelected,
                "--filter '\(filter)' matches none of the \(suite.jobs.count) scripts found "
                    + "(it selects names containing it, ignoring case, and exact tags)",
                at: nil
            )
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        guard
            let stores = await StoreSelection(rawValue: store)?.provider(
                endpoint: endpoint, table: table ?? "Meetings", environment: ProcessInfo.processInfo.environment,
                into: &bag)
        else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let options = RunOptions(
            jobs: jobs, variationSeed: seed, turnTimeout: .milliseconds(Int(timeout * 1000)), stores: stores)
        let results = await SuiteRunner(options: options).run(selected)
        let measured =
            (coverage || minCoverage != nil)
            ? suite.primaryBot.map { CoverageReport.compute(bot: $0.bot, results: results) } : nil
        console.write(TextReporter(colored: console.colored).report(results, skipped: skipped, coverage: measured))
        if let junit {
            OutputFiles.write(Data(JUnitReporter().report(results, skipped: skipped).utf8), to: junit, into: &bag)
        }
        if let json {
            do {
                OutputFiles.write(
                    try JSONReporter().report(results, skipped: skipped, coverage: measured), to: json, into: &bag)
            } catch {
                bag.error(.unwritableFile, "cannot encode the JSON report: \(error)", at: .startOf(json))
            }
        }
        if let minCoverage, let measured, measured.percent + 1e-9 < minCoverage {
            bag.error(
                .coverageBelowMinimum,
                "coverage is \(TextReporter.percent(measured.percent)), below the minimum of \(TextReporter.percent(minCoverage))",
                at: nil
            )
        }
        console.report(bag.diagnostics)
        if bag.hasErrors || results.contains(where: { $0.status == .failed }) { throw ExitCode.failure }
    }
}

/// Parsing `--code-hook` values.
enum BotUnderTestHook {
    /// The hook kind named `text`, if any.
    static func kind(_ text: String) -> BotUnderTest.HookKind? {
        BotUnderTest.HookKind(rawValue: text)
    }
}
