import BotModel
import ConversationRunner
import Foundation
import LexCompiler
import LexModel
import LexRuntime
import MeetyDiagnostics

/// Loads the bots conversations run against, once each: a YAML bot is validated and compiled to
/// the Lex model in memory (what ships is what is tested), an export directory or zip is read as
/// the Lex console wrote it.
struct BotResolver {
    /// The code hook chosen on the command line, overriding the bot's own `codeHook`.
    let hookOverride: BotUnderTest.HookKind?
    private var cache: [String: BotUnderTest?] = [:]

    init(hookOverride: BotUnderTest.HookKind?) {
        self.hookOverride = hookOverride
    }

    /// The bot compiled from the YAML file at `path`, or `nil` with diagnostics.
    mutating func yamlBot(_ path: String, into bag: inout DiagnosticBag) -> BotUnderTest? {
        if let cached = cache[path] { return cached }
        var result: BotUnderTest?
        if let bytes = InputFiles.read(path, into: &bag),
            let validated = BotLoader().load(bytes, file: path, into: &bag)
        {
            let export = LexCompiler().export(validated)
            let declared: BotUnderTest.HookKind = validated.definition.codeHook?.value == "meety" ? .meety : .none
            result = BotUnderTest(source: path, bot: RuntimeBot(export: export), hook: hookOverride ?? declared)
        }
        cache[path] = result
        return result
    }

    /// The bot read from an export directory or zip at `path`, or `nil` with diagnostics.
    mutating func exportedBot(_ path: String, into bag: inout DiagnosticBag) -> BotUnderTest? {
        if let cached = cache[path] { return cached }
        var result: BotUnderTest?
        let reader = LexExportReader()
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: path)
        var export: LexBotExport?
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            export = reader.read(directory: url, source: path, into: &bag)
        } else if let bytes = InputFiles.read(path, into: &bag) {
            export = reader.read(zip: Data(bytes), source: path, into: &bag)
        }
        if let export {
            result = BotUnderTest(source: path, bot: RuntimeBot(export: export), hook: hookOverride ?? .meety)
        }
        cache[path] = result
        return result
    }

    /// The single bot file in `bots/`, the default when neither the script nor the command line names one.
    static func defaultBotFile(into bag: inout DiagnosticBag) -> String? {
        let found = InputFiles.yamlFiles(in: "bots").filter { !$0.dropFirst("bots/".count).contains("/") }
        guard found.count == 1 else {
            let detail = found.isEmpty ? "there is none" : "there are \(found.count) (\(found.joined(separator: ", ")))"
            bag.error(
                .unreadableFile,
                "no bot given: pass --bot FILE or --lex DIR, or name a bot in the script; bots/ must hold exactly one bot file but \(detail)",
                at: .startOf("bots")
            )
            return nil
        }
        return found[0]
    }
}
