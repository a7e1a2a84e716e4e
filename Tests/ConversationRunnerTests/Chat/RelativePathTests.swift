import Conversations
import Testing

@testable import ConversationRunner

/// The `bot:` path a saved script gets, and that `meety-bot test` resolves it back to the bot.
@Suite struct RelativePathTests {
    @Test(arguments: [
        ("bots/meetybot.yaml", "conversations/chat.yaml", "../bots/meetybot.yaml"),
        ("bots/meetybot.yaml", "chat.yaml", "bots/meetybot.yaml"),
        ("bots/b.yaml", "bots/s.yaml", "b.yaml"),
        ("./bots/../bots/b.yaml", "a/b/c/s.yaml", "../../../bots/b.yaml"),
        ("/srv/bots/b.yaml", "/tmp/x/s.yaml", "../../srv/bots/b.yaml"),
        ("/w/bots/b.yaml", "conversations/s.yaml", "../bots/b.yaml"),
        ("b.yaml", "/w/b/s.yaml", "../b.yaml"),
    ])
    func botPathIsRelativeToTheScriptsFolder(bot: String, script: String, expected: String) {
        let relative = RelativePath.of(bot, relativeToFolderOf: script, in: "/w")
        #expect(relative == expected)
        let resolved = ScriptDiscovery.botPath(relative, relativeTo: RelativePath.absolute(script, from: "/w"))
        #expect(resolved == RelativePath.absolute(bot, from: "/w"))
    }

    @Test func absolutePathsAreNormalised() {
        #expect(RelativePath.absolute("./a/../b//c", from: "/w/x") == "/w/x/b/c")
        #expect(RelativePath.absolute("/a/./b/..", from: "/w") == "/a")
        #expect(RelativePath.absolute("../../..", from: "/w") == "/")
    }
}
