import BotModel
import Foundation
import LexCompiler
import LexModel
import LexRuntime
import LexTemplates
import MeetyDiagnostics

/// Loads the bots conversations run against, once each: a YAML bot is validated and compiled to
/// the Lex model in memory (what ships is what is tested), an export directory or zip is read as
/// the Lex console wrote it, and a CloudFormation template's inline `AWS::Lex::Bot` as CloudFormation
/// would create it. Each gets its code hook: the one chosen on the command line, else the
/// bot file's `codeHook`, else none (an export gets `exportHook`).
public struct BotCatalog {
    /// Where the files come from.
    public let files: any SourceFiles
    /// The hooks a bot file's `codeHook` may name.
    public let hooks: CodeHookCatalog
    /// The code hook chosen on the command line, overriding the bot's own.
    public let hookOverride: (any CodeHookSpec)?
    /// The hook of a bot read from a Lex export, which names none.
    public let exportHook: any CodeHookSpec
    private var cache: [String: BotUnderTest?] = [:]
    private var specs: [any CodeHookSpec] = []

    /// Creates a catalog.
    public init(
        files: any SourceFiles, hooks: CodeHookCatalog, hookOverride: (any CodeHookSpec)?,
        exportHook: any CodeHookSpec
    ) {
        self.files = files
        self.hooks = hooks
        self.hookOverride = hookOverride
        self.exportHook = exportHook
    }

    /// The bot compiled from the YAML file at `path`, or `nil` with diagnostics.
    public mutating func yamlBot(_ path: String, into bag: inout DiagnosticBag) -> BotUnderTest? {
        if let cached = cache[path] { return cached }
        var result: BotUnderTest?
        if let bytes = files.read(path, into: &bag), let validated = BotLoader().load(bytes, file: path, into: &bag) {
            let export = LexCompiler().export(validated)
            var hook: any CodeHookSpec = hookOverride ?? NoCodeHook()
            if hookOverride == nil, let setting = validated.definition.codeHook {
                do {
                    hook = try hooks.spec(
                        for: setting.spec.value, relativeTo: Self.folder(of: path),
                        environment: setting.environmentValues)
                    specs.append(hook)
                } catch {
                    bag.error(.unknownCodeHook, error.message, at: setting.spec.span)
                }
            }
            result = BotUnderTest(source: path, bot: RuntimeBot(export: export), hook: hook)
        }
        cache[path] = result
        return result
    }

    /// The bot read from an export directory or zip, or from a CloudFormation template, at `path`,
    /// or `nil` with diagnostics.
    public mutating func exportedBot(_ path: String, into bag: inout DiagnosticBag) -> BotUnderTest? {
        if let cached = cache[path] { return cached }
        var result: BotUnderTest?
        let reader = LexExportReader()
        var export: LexBotExport?
        if files.isDirectory(path) {
            export = reader.read(directory: URL(fileURLWithPath: path), source: path, into: &bag)
        } else if let bytes = files.read(path, into: &bag) {
            if CloudFormationBotReader.looksLikeTemplate(bytes) {
                export = CloudFormationBotReader().readBot(bytes, file: path, into: &bag)?.export
            } else {
                export = reader.read(zip: Data(bytes), source: path, into: &bag)
            }
        }
        if let export {
            result = BotUnderTest(source: path, bot: RuntimeBot(export: export), hook: hookOverride ?? exportHook)
        }
        cache[path] = result
        return result
    }

    /// Every hook spec the run uses (the override and each bot file's own), for the run's notes and
    /// for shutting down what they started when the run ends.
    public var hookSpecs: [any CodeHookSpec] {
        (hookOverride.map { [$0] } ?? []) + specs
    }

    /// The folder of `path` as written (`.` for a bare file name): what a bot file's paths are relative to.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The single bot file in `bots/`, the default when neither the script nor the command line names one.
    public func defaultBotFile(into bag: inout DiagnosticBag) -> String? {
        let found = files.yamlFiles(in: "bots").filter { !$0.dropFirst("bots/".count).contains("/") }
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
