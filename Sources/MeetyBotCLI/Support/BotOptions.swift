import ArgumentParser
import BotModel
import ConversationRunner
import ForeignHooks
import Foundation
import MeetyDiagnostics
import MeetyWorld

/// The options every command that runs a bot shares: which bot, which code hook, and where the
/// script's world (the Meetings records) lives.
///
/// One option group, so `test` and `chat` (and every later command that runs a bot) spell and
/// check them the same way; `setUp` turns them into the library's bot catalog and world.
struct BotOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The bot YAML file (default: the script's bot, else the one file in bots/).", valueName: "file"))
    var bot: String?

    @Option(
        help: ArgumentHelp(
            "Run a Lex export (directory or zip) or a CloudFormation template with an AWS::Lex::Bot instead of a YAML bot.",
            valueName: "dir|zip|template"))
    var lex: String?

    @Option(
        help: ArgumentHelp(
            "The code hook (default: the bot's codeHook): meety, none, python:FILE.py[:FUNCTION], "
                + "node:FILE.js[:EXPORT], exec:COMMAND, or http://HOST:PORT/2015-03-31/functions/NAME/invocations.",
            valueName: "spec"))
    var codeHook: String?

    @Option(help: ArgumentHelp("Seconds a code hook may take before its turn fails.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(
        name: .customLong("hook-env"),
        help: ArgumentHelp("An environment value for a hook in its own process (repeatable).", valueName: "KEY=VALUE"))
    var hookEnvironment: [String] = []

    @Flag(help: "Give each script a new hook worker instead of a warm one (module state does not carry over).")
    var freshHook = false

    @Option(help: "Where the Meetings records live: memory, or dynamodb (a table per script).")
    var store: String = StoreSelection.memory.rawValue

    @Option(
        help: ArgumentHelp(
            "The DynamoDB endpoint URL for --store dynamodb.",
            discussion: "Default: AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL, else the region's AWS endpoint."))
    var endpoint: String?

    @Option(help: "The name prefix of the per-script DynamoDB tables for --store dynamodb (default: Meetings).")
    var table: String?

    @Flag(
        help: ArgumentHelp(
            "Use exactly the --table name for every script (emptied and reseeded before each), one script at a time.",
            discussion: "For hooks that hard-code their table."))
    var fixedTable = false

    /// The built-in hooks `--code-hook` and a bot file's `codeHook` may name.
    static let builtInHooks: [any CodeHookSpec] = [MeetyHookSpec()]

    /// The hook of a Lex export, which names none: MeetyBot's LexLambda (exports of MeetyBot are the
    /// common case; other intents get `Delegate` from it).
    static let exportHook: any CodeHookSpec = MeetyHookSpec()

    func validate() throws {
        if bot != nil && lex != nil { throw ValidationError("use either --bot or --lex, not both") }
        if let codeHook, case .failure(let error) = CodeHookSpecText.parse(codeHook) {
            throw ValidationError("--code-hook '\(codeHook)' \(error.problem); a spec is \(CodeHookSpecText.forms)")
        }
        for entry in hookEnvironment {
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else {
                throw ValidationError("--hook-env '\(entry)' must be KEY=VALUE")
            }
            if let problem = LambdaEnvironment.problem(withName: String(entry[..<equals])) {
                throw ValidationError("--hook-env '\(entry)': the name \(problem)")
            }
        }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        guard let selection = StoreSelection(rawValue: store) else {
            throw ValidationError("--store must be memory or dynamodb")
        }
        if selection == .memory, endpoint != nil { throw ValidationError("--endpoint needs --store dynamodb") }
        if selection == .memory, table != nil { throw ValidationError("--table needs --store dynamodb") }
        if selection == .memory, fixedTable { throw ValidationError("--fixed-table needs --store dynamodb") }
        if let table, !StoreSelection.isValidTableName(table) {
            throw ValidationError("--table must be 3 to 200 characters of A-Z, a-z, 0-9, '_', '.' and '-'")
        }
    }

    /// `--timeout` as a duration.
    var hookTimeout: Duration { .milliseconds(Int(timeout * 1000)) }

    /// `--hook-env` as a dictionary (a later value for a key wins).
    var hookEnvironmentValues: [String: String] {
        var values: [String: String] = [:]
        for entry in hookEnvironment {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            values[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return values
    }

    /// The hooks of this run: the built-ins and, for hooks in their own process, a factory with the
    /// run's settings (`jobs` workers at most). `forwardsSignals: false` leaves SIGINT and SIGTERM to
    /// a command that shuts the hooks down itself (`serve`).
    func hookCatalog(jobs: Int, forwardsSignals: Bool = true) -> CodeHookCatalog {
        let settings = ForeignHookSettings(
            timeout: hookTimeout, environment: hookEnvironmentValues, freshWorkerPerScript: freshHook,
            maximumWorkers: jobs, hostEnvironment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath, forwardsSignals: forwardsSignals)
        return CodeHookCatalog(Self.builtInHooks, foreign: ForeignHooks.factory(settings))
    }

    /// The spec `--code-hook` names (paths relative to the working directory), `nil` when none is given.
    /// - Throws: `CodeHookCatalogError` when it cannot run (its file does not exist).
    func overrideHook(from hooks: CodeHookCatalog) throws(CodeHookCatalogError) -> (any CodeHookSpec)? {
        guard let codeHook else { return nil }
        return try hooks.spec(for: codeHook, relativeTo: ".", environment: [:])
    }

    /// The bot catalog over the disk, with `--code-hook` overriding the bots' own hooks unless
    /// `applyingOverride` is false; `nil` after a diagnostic when `--code-hook` cannot run.
    func botCatalog(
        jobs: Int, applyingOverride: Bool = true, forwardsSignals: Bool = true, into bag: inout DiagnosticBag
    ) -> BotCatalog? {
        let hooks = hookCatalog(jobs: jobs, forwardsSignals: forwardsSignals)
        do {
            let override = applyingOverride ? try overrideHook(from: hooks) : nil
            return BotCatalog(files: DiskFiles(), hooks: hooks, hookOverride: override, exportHook: Self.exportHook)
        } catch {
            bag.error(.unknownCodeHook, "--code-hook: \(error.message)", at: nil)
            return nil
        }
    }

    /// The world the chosen store gives, or `nil` after a `store-unavailable` diagnostic.
    func world(into bag: inout DiagnosticBag) async -> (any ConversationWorld)? {
        guard
            let stores = await StoreSelection(rawValue: store)?.provider(
                endpoint: endpoint, table: table ?? "Meetings", fixedTable: fixedTable,
                environment: ProcessInfo.processInfo.environment, into: &bag)
        else { return nil }
        return MeetingsWorld(stores: stores)
    }
}
