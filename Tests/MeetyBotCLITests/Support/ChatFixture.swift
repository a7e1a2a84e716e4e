import CodeHooks
import ConversationRunner
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import MeetyBotCLI

/// Chats driven in process, on bots loaded exactly as `meety-bot chat` loads them.
enum ChatFixture {
    /// The repository's MeetyBot, with its LexLambda hooks.
    static let meetyBotFile = TestResources.path("bots/meetybot.yaml").path

    /// A chat on the bot in `botFile`, saving relative to `workingDirectory`.
    static func chat(
        botFile: String = meetyBotFile,
        workingDirectory: String,
        hook: BotUnderTest.HookKind? = nil,
        now: String = "2026-01-05T09:00"
    ) throws -> ChatSession {
        var bag = DiagnosticBag()
        var resolver = BotResolver(hookOverride: nil)
        let path = RelativePath.absolute(botFile, from: workingDirectory)
        var bot = try #require(resolver.yamlBot(path, into: &bag), "\(bag.diagnostics.map(\.message))")
        let testHook = bot.hook
        if let hook { bot.hook = hook }
        let settings = ChatSession.Settings(
            bot: bot, botFile: path, testHook: testHook, now: try #require(LocalDateTime(iso: now)), locale: nil,
            workingDirectory: workingDirectory)
        return try ChatSession(settings: settings)
    }

    /// Sends each line and returns the reply to the last one; no line may print an error.
    @discardableResult
    static func send(_ lines: [String], to chat: inout ChatSession) async -> ChatReply {
        var last = ChatReply()
        for line in lines {
            last = await chat.handle(line)
            #expect(last.errText.isEmpty, "'\(line)' failed: \(last.errText)")
        }
        return last
    }

    /// The lines that book a 30-minute meeting for `name` on 2026-01-06 at `time`, confirmed.
    static func booking(_ name: String, at time: String, minutes: Int = 30) -> [String] {
        [
            "book a meeting on 2026-01-06 at \(time)", name, "\(minutes) minutes",
            "\(name.lowercased())@example.com", "yes",
        ]
    }
}
