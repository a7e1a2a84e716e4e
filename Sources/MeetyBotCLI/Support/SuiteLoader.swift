import ConversationRunner
import Conversations
import Foundation
import MeetyDiagnostics

/// Finds, decodes and checks the conversation scripts of a run, and pairs each with its bot.
struct SuiteLoader {
    /// What was loaded.
    struct Suite {
        /// Every script with its bot, in file order.
        var jobs: [SuiteRunner.Job]
        /// The bot most scripts use (for coverage).
        var primaryBot: BotUnderTest?
    }

    let paths: [String]
    let bot: String?
    let lex: String?
    let hookOverride: BotUnderTest.HookKind?
    /// How many files are parsed at once.
    let jobs: Int

    /// Loads every script under `paths`; problems go to `bag`.
    func load(into bag: inout DiagnosticBag) async -> Suite {
        let files = InputFiles.expand(paths)
        let scriptFiles = ScriptDiscovery.scripts(among: files) + files.filter { !ScriptDiscovery.isScript($0) }
        if scriptFiles.isEmpty {
            bag.error(
                .unreadableFile, "no conversation scripts (.yaml/.yml) found in \(paths.joined(separator: ", "))",
                at: nil)
        }
        var resolver = BotResolver(hookOverride: hookOverride)
        var defaultBot: String??
        var runs: [SuiteRunner.Job] = []
        var uses: [String: Int] = [:]
        var bots: [String: BotUnderTest] = [:]
        var sources: [ConversationLoader.Source] = []
        for file in scriptFiles {
            if let bytes = InputFiles.read(file, into: &bag) { sources.append(.init(path: file, bytes: bytes)) }
        }
        for (loaded, diagnostics) in await ConversationLoader().load(sources, jobs: jobs) {
            bag.append(contentsOf: diagnostics)
            guard let loaded else { continue }
            for script in loaded.scripts {
                guard let botUnderTest = resolve(script, resolver: &resolver, defaultBot: &defaultBot, into: &bag)
                else { continue }
                let problems = ConversationChecker().check(script, against: botUnderTest.outline)
                bag.append(contentsOf: problems)
                guard !problems.contains(where: { $0.severity == .error }) else { continue }
                runs.append(SuiteRunner.Job(script: script, bot: botUnderTest))
                uses[botUnderTest.source, default: 0] += 1
                bots[botUnderTest.source] = botUnderTest
            }
        }
        let primary = uses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first.flatMap { bots[$0.key] }
        return Suite(jobs: runs, primaryBot: primary)
    }

    private func resolve(
        _ script: ConversationScript,
        resolver: inout BotResolver,
        defaultBot: inout String??,
        into bag: inout DiagnosticBag
    ) -> BotUnderTest? {
        if let lex { return resolver.exportedBot(lex, into: &bag) }
        if let bot { return resolver.yamlBot(bot, into: &bag) }
        if let named = script.bot {
            let path = ScriptDiscovery.botPath(named.value, relativeTo: script.file)
            guard FileManager.default.fileExists(atPath: path) else {
                bag.error(
                    .unreadableFile,
                    "script '\(script.name.value)' names bot '\(named.value)', but \(path) does not exist",
                    at: named.span)
                return nil
            }
            return resolver.yamlBot(path, into: &bag)
        }
        if defaultBot == nil { defaultBot = .some(BotResolver.defaultBotFile(into: &bag)) }
        guard let path = defaultBot ?? nil else { return nil }
        return resolver.yamlBot(path, into: &bag)
    }
}
