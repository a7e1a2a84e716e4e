import ArgumentParser
import ConversationRunner
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

    @Option(help: ArgumentHelp("Run a Lex export (directory or zip) instead of a YAML bot.", valueName: "dir|zip"))
    var lex: String?

    @Option(
        help: ArgumentHelp(
            "The code hook: meety (the MeetyBot LexLambda) or none (default: the bot's codeHook).",
            valueName: "spec"))
    var codeHook: String?

    @Option(help: ArgumentHelp("Seconds a code hook may take before its turn fails.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(help: "Where the Meetings records live: memory, or dynamodb (a table per script).")
    var store: String = StoreSelection.memory.rawValue

    @Option(
        help: ArgumentHelp(
            "The DynamoDB endpoint URL for --store dynamodb.",
            discussion: "Default: AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL, else the region's AWS endpoint."))
    var endpoint: String?

    @Option(help: "The name prefix of the per-script DynamoDB tables for --store dynamodb (default: Meetings).")
    var table: String?

    /// The hooks `--code-hook` and a bot file's `codeHook` may name.
    static let hooks = CodeHookCatalog([MeetyHookSpec()])

    /// The hook of a Lex export, which names none: MeetyBot's LexLambda (exports of MeetyBot are the
    /// common case; other intents get `Delegate` from it).
    static let exportHook: any CodeHookSpec = MeetyHookSpec()

    func validate() throws {
        if bot != nil && lex != nil { throw ValidationError("use either --bot or --lex, not both") }
        if let codeHook, Self.hooks.spec(named: codeHook) == nil {
            throw ValidationError("--code-hook must be \(Self.hooks.names.joined(separator: " or "))")
        }
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

    /// The hook `--code-hook` names, if any.
    var hookOverride: (any CodeHookSpec)? { codeHook.flatMap(Self.hooks.spec(named:)) }

    /// `--timeout` as a duration.
    var hookTimeout: Duration { .milliseconds(Int(timeout * 1000)) }

    /// The bot catalog over the disk, with the chosen hook.
    func botCatalog() -> BotCatalog {
        BotCatalog(files: DiskFiles(), hooks: Self.hooks, hookOverride: hookOverride, exportHook: Self.exportHook)
    }

    /// The world the chosen store gives, or `nil` after a `store-unavailable` diagnostic.
    func world(into bag: inout DiagnosticBag) async -> (any ConversationWorld)? {
        guard
            let stores = await StoreSelection(rawValue: store)?.provider(
                endpoint: endpoint, table: table ?? "Meetings", environment: ProcessInfo.processInfo.environment,
                into: &bag)
        else { return nil }
        return MeetingsWorld(stores: stores)
    }
}
