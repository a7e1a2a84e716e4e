import BotModel
import CodeHooks
import ConversationRunner
import Conversations
import Foundation
import LexCompiler
import LexRuntime
import MeetyDiagnostics
import MeetyTestSupport
import MeetyWorld
import Testing

/// MeetyBot compiled from bots/meetybot.yaml, and helpers to run inline scripts against it.
enum RunnerSupport {
    /// The product bot, compiled like `meety-bot test` compiles it.
    static let meetyBot: BotUnderTest = {
        var bag = DiagnosticBag()
        let bytes = [UInt8](FileManager.default.contents(atPath: TestResources.path("bots/meetybot.yaml").path)!)
        let bot = BotLoader().load(bytes, file: "bots/meetybot.yaml", into: &bag)!
        return BotUnderTest(
            source: "bots/meetybot.yaml", bot: RuntimeBot(export: LexCompiler().export(bot)), hook: MeetyHookSpec())
    }()

    /// Decodes `yaml` as a script file and checks it against MeetyBot.
    static func scripts(_ yaml: String, file: String = "conversations/t.yaml") throws -> [ConversationScript] {
        var bag = DiagnosticBag()
        let loaded = try #require(ConversationLoader().load(yaml, file: file, into: &bag), "\(bag.diagnostics)")
        for script in loaded.scripts {
            let problems = ConversationChecker().check(script, against: meetyBot.outline)
            #expect(problems.isEmpty, "\(problems)")
        }
        return loaded.scripts
    }

    /// Runs `yaml` and returns the results.
    static func run(_ yaml: String, parallel: Int = 1) async throws -> [ScriptResult] {
        let jobs = try scripts(yaml).map { SuiteRunner.Job(script: $0, bot: meetyBot) }
        return await SuiteRunner(options: RunOptions(jobs: parallel, world: MeetingsWorld())).run(jobs)
    }

    /// Runs `yaml` (one script) and returns its result.
    static func runOne(_ yaml: String) async throws -> ScriptResult {
        try #require(try await run(yaml).first)
    }
}

/// A spec that attaches the same hook to every script: for hooks built by a test.
struct FixedHookSpec: CodeHookSpec {
    let name: String
    let hook: any CodeHook
    var waitsOnlyOnWorld: Bool { false }

    func attach(_ context: HookContext) async throws -> HookAttachment { HookAttachment(hook: hook) }
}
