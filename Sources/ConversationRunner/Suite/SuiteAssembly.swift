import Conversations
import MeetyDiagnostics

/// Finds, decodes and checks the conversation scripts of a run, and pairs each with its bot.
public struct SuiteAssembly {
    /// What was loaded.
    public struct Suite: Sendable {
        /// Every script with its bot, in file order.
        public var jobs: [SuiteRunner.Job]
        /// The bot most scripts use (for coverage).
        public var primaryBot: BotUnderTest?
    }

    /// The script files and folders given.
    public var paths: [String]
    /// `--bot FILE`, for every script.
    public var bot: String?
    /// `--lex DIR|ZIP`, for every script.
    public var lex: String?
    /// How many files are parsed at once.
    public var jobs: Int
    /// What the scripts act on besides the bot: each script is checked against it before it runs.
    public var world: any ConversationWorld

    /// Creates an assembly.
    public init(paths: [String], bot: String?, lex: String?, jobs: Int, world: any ConversationWorld) {
        self.paths = paths
        self.bot = bot
        self.lex = lex
        self.jobs = jobs
        self.world = world
    }

    /// Loads every script under `paths` with its bot from `bots`; problems go to `bag`.
    public func load(bots: inout BotCatalog, into bag: inout DiagnosticBag) async -> Suite {
        let files = bots.files.expand(paths)
        let scriptFiles = ScriptDiscovery.scripts(among: files) + files.filter { !ScriptDiscovery.isScript($0) }
        if scriptFiles.isEmpty {
            bag.error(
                .unreadableFile, "no conversation scripts (.yaml/.yml) found in \(paths.joined(separator: ", "))",
                at: nil)
        }
        var defaultBot: String??
        var runs: [SuiteRunner.Job] = []
        var uses: [String: Int] = [:]
        var chosen: [String: BotUnderTest] = [:]
        var sources: [ConversationLoader.Source] = []
        for file in scriptFiles {
            if let bytes = bots.files.read(file, into: &bag) { sources.append(.init(path: file, bytes: bytes)) }
        }
        for (loaded, diagnostics) in await ConversationLoader().load(sources, jobs: jobs) {
            bag.append(contentsOf: diagnostics)
            guard let loaded else { continue }
            for script in loaded.scripts {
                guard let botUnderTest = resolve(script, bots: &bots, defaultBot: &defaultBot, into: &bag)
                else { continue }
                let problems =
                    ConversationChecker().check(script, against: botUnderTest.outline)
                    + world.check(script, hook: botUnderTest.hook)
                bag.append(contentsOf: problems)
                guard !problems.contains(where: { $0.severity == .error }) else { continue }
                runs.append(SuiteRunner.Job(script: script, bot: botUnderTest))
                uses[botUnderTest.source, default: 0] += 1
                chosen[botUnderTest.source] = botUnderTest
            }
        }
        let primary = uses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first.flatMap { chosen[$0.key] }
        return Suite(jobs: runs, primaryBot: primary)
    }

    private func resolve(
        _ script: ConversationScript,
        bots: inout BotCatalog,
        defaultBot: inout String??,
        into bag: inout DiagnosticBag
    ) -> BotUnderTest? {
        if let lex { return bots.exportedBot(lex, into: &bag) }
        if let bot { return bots.yamlBot(bot, into: &bag) }
        if let named = script.bot {
            let path = ScriptDiscovery.botPath(named.value, relativeTo: script.file)
            guard bots.files.exists(path) else {
                bag.error(
                    .unreadableFile,
                    "script '\(script.name.value)' names bot '\(named.value)', but \(path) does not exist",
                    at: named.span)
                return nil
            }
            return bots.yamlBot(path, into: &bag)
        }
        if defaultBot == nil { defaultBot = .some(bots.defaultBotFile(into: &bag)) }
        guard let path = defaultBot ?? nil else { return nil }
        return bots.yamlBot(path, into: &bag)
    }
}
