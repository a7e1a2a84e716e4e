import BotDiff
import BotModel
import ConversationRunner
import Conversations
import Foundation
import LexRuntime
import MeetyDiagnostics

/// What `diff --scripts` and `test --affected-by` need besides the bots: the two sides as bots under
/// test with their code hooks, and the scripts, read from the disk.
struct ImpactSetup {
    /// The hooks the run started (to shut down when it ends).
    private(set) var specs: [any CodeHookSpec] = []
    let hooks: CodeHookCatalog
    let override: (any CodeHookSpec)?

    init(hooks: CodeHookCatalog, override: (any CodeHookSpec)?) {
        self.hooks = hooks
        self.override = override
        if let override { specs.append(override) }
    }

    /// `bot` as a bot under test: `--code-hook`, else its own `codeHook` (paths relative to its file's
    /// folder in the working tree), else MeetyBot's hook for exports and templates, else none.
    mutating func underTest(_ bot: LoadedBot, into bag: inout DiagnosticBag) -> BotUnderTest {
        var hook: any CodeHookSpec = override ?? (bot.kind == .yaml ? NoCodeHook() : BotOptions.exportHook)
        if override == nil, let setting = bot.validated?.definition.codeHook {
            do {
                hook = try hooks.spec(
                    for: setting.spec.value, relativeTo: BotCatalog.folder(of: bot.path),
                    environment: setting.environmentValues)
                specs.append(hook)
            } catch {
                bag.error(.unknownCodeHook, error.message, at: setting.spec.span)
            }
        }
        return BotUnderTest(source: bot.label, bot: RuntimeBot(export: bot.export), hook: hook)
    }

    /// The scripts under `paths` (files and folders), decoded; problems go to `bag`.
    static func scripts(_ paths: [String], jobs: Int, into bag: inout DiagnosticBag) async -> [ConversationScript] {
        let files = InputFiles.expand(paths)
        if files.isEmpty {
            bag.error(
                .unreadableFile, "no conversation scripts (.yaml/.yml) found in \(paths.joined(separator: ", "))",
                at: nil)
        }
        var sources: [ConversationLoader.Source] = []
        for file in files {
            if let bytes = InputFiles.read(file, into: &bag) { sources.append(.init(path: file, bytes: bytes)) }
        }
        var scripts: [ConversationScript] = []
        for (loaded, diagnostics) in await ConversationLoader().load(sources, jobs: jobs) {
            bag.append(contentsOf: diagnostics)
            scripts += loaded?.scripts ?? []
        }
        return scripts
    }

    /// Ends every process the run's hooks started.
    func shutDown() async {
        for spec in specs { await spec.shutdown() }
    }

    /// Ends the processes of the hooks this setup started itself (not `--code-hook`'s, which the
    /// command that made it shuts down).
    func shutDownOwn() async {
        for spec in specs.dropFirst(override == nil ? 0 : 1) { await spec.shutdown() }
    }
}

extension LoadedBot {
    /// The bot's elements, with their YAML positions when it is a bot file.
    var elements: [BotElement] {
        BotElements.extract(export, locator: validated.map { ElementLocator(definition: $0.definition) })
    }
}
