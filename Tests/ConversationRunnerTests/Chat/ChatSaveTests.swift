import Conversations
import Foundation
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import ConversationRunner

/// `:save FILE`: the script written, and that it replays as recorded.
@Suite struct ChatSaveTests {
    @Test func aTeaChatIsSavedAsThisScript() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        var chat = try await ChatFixture.chat(
            botFile: "bots/tea.yaml", workingDirectory: workspace.root.path, now: "2026-03-02T17:45")
        await ChatFixture.send(
            ["Hello", "I want tea", "coffee", "sencha", ":as guest-2", "order black tea"], to: &chat)
        let reply = await chat.handle(":save conversations/tea chat.yaml")
        #expect(reply.errText.isEmpty)
        #expect(
            reply.outText == """
                saved 5 steps and 0 created meetings to conversations/tea chat.yaml
                replayed it: it passes; run it with: meety-bot test conversations/tea chat.yaml
                """)
        #expect(try workspace.read("conversations/tea chat.yaml") == Self.teaScript)
    }

    static let teaScript = """
        # Recorded with meety-bot chat. Loosen or trim expectations where a change is expected.
        name: tea chat
        bot: ../bots/tea.yaml
        now: "2026-03-02T17:45"
        turns:
          - user: Hello
            intent: Greet
            action: Close
            state: Fulfilled
            bot: "Hi! Say: I want tea."
          - user: I want tea
            intent: OrderTea
            action: ElicitSlot
            slot: Kind
            state: InProgress
            bot: "Which tea would you like?"
          - user: coffee
            intent: OrderTea
            action: ElicitSlot
            slot: Kind
            state: InProgress
            bot: "Which tea would you like?"
          - user: sencha
            intent: OrderTea
            action: Close
            state: Fulfilled
            bot: "One green tea, coming up."
            slots: {Kind: green}
          - user: order black tea
            as: guest-2
            intent: OrderTea
            action: Close
            state: Fulfilled
            bot: "One black tea, coming up."
            slots: {Kind: black}
        expect:
          meetings:
            created: []

        """

    @Test func aSlotAHookClearedIsSavedAsNullAndTheBookingAsCreated() async throws {
        let workspace = try Workspace()
        var chat = try await ChatFixture.chat(workingDirectory: workspace.root.path)
        await ChatFixture.send(ChatFixture.booking("Alice", at: "11:00") + [":approve attendeeName=Alice"], to: &chat)
        await ChatFixture.send([":as bob", "book a meeting on 2026-01-06 at 10:30", "Bob", "60 minutes"], to: &chat)
        let reply = await chat.handle(":save chat.yaml")
        #expect(reply.outText.hasSuffix("replayed it: it passes; run it with: meety-bot test chat.yaml"))
        let text = try workspace.read("chat.yaml")
        #expect(text.contains("  - approve: {attendeeName: Alice}\n"))
        #expect(
            text.contains("slots: {FullName: Bob, MeetingDate: 2026-01-06, MeetingTime: null, MeetingDuration: 60}"))
        #expect(
            text.hasSuffix(
                """
                    created:
                      - {attendeeName: Alice, email: alice@example.com, date: 2026-01-06, startTime: "11:00", \
                endTime: "11:30", duration: 30, status: approved}

                """))
        #expect(
            text.contains(
                "bot: \(RelativePath.of(ChatFixture.meetyBotFile, relativeToFolderOf: "chat.yaml", in: workspace.root.path))\n"
            ))
    }

    @Test func slotsOfAClosedIntentAreNotAssertedUnsetWhenItStartsAgain() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        await ChatFixture.send(ChatFixture.booking("Alice", at: "11:00") + ["book a meeting"], to: &chat)
        let text = await chat.scriptText(savingTo: "s.yaml")
        #expect(!text.contains("null"))
        #expect(text.contains("  - user: book a meeting\n"))
    }

    @Test func aChatStartedInANamedSessionNamesItOnTheFirstTurnOnly() async throws {
        let workspace = try Workspace()
        var chat = try await ChatFixture.chat(workingDirectory: workspace.root.path)
        await ChatFixture.send([":as alice", "Hello", "Hi", ":as user", "Hello", ":as alice", "Hey"], to: &chat)
        _ = await chat.handle(":save s.yaml")
        let sessions = try workspace.read("s.yaml").split(separator: "\n").filter {
            $0.hasPrefix("  - user:") || $0.hasPrefix("    as:")
        }
        #expect(
            sessions == [
                "  - user: Hello", "    as: alice", "  - user: Hi", "  - user: Hello", "    as: user", "  - user: Hey",
            ])
    }

    @Test func anotherHookThanTheBotsIsNotedWithTheCommandToRunIt() async throws {
        let workspace = try Workspace()
        var chat = try await ChatFixture.chat(workingDirectory: workspace.root.path, hook: NoCodeHook())
        await ChatFixture.send(["book a meeting on 2026-01-06 at 11:00"], to: &chat)
        let reply = await chat.handle(":save t/s.yaml")
        #expect(reply.outText.hasSuffix("run it with: meety-bot test --code-hook none t/s.yaml"))
        #expect(try workspace.read("t/s.yaml").contains("\n# Run with: meety-bot test --code-hook none t/s.yaml\n"))
    }

    @Test func anUnwritableFileIsAnErrorAndTheChatGoesOn() async throws {
        let workspace = try Workspace()
        try workspace.write("blocker", "a file, not a folder")
        var chat = try await ChatFixture.chat(workingDirectory: workspace.root.path)
        await ChatFixture.send(["Hello"], to: &chat)
        let reply = await chat.handle(":save blocker/s.yaml")
        #expect(reply.errText.hasPrefix("error: cannot write"))
        #expect(reply.outText.isEmpty)
        #expect((await chat.handle("Hi")).errText.isEmpty)
    }

    @Test func theSavedScriptFailsWhenTheBotAnswersDifferently() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        var chat = try await ChatFixture.chat(botFile: "bots/tea.yaml", workingDirectory: workspace.root.path)
        await ChatFixture.send(["I want tea", "sencha"], to: &chat)
        let text = await chat.scriptText(savingTo: "s.yaml")
        #expect(await chat.replay(text, file: "s.yaml").isEmpty)
        let changed = text.replacingOccurrences(of: "One green tea", with: "One red tea")
        let failures = await chat.replay(changed, file: "s.yaml")
        #expect(failures.map(\.code) == [.turnMismatch])
    }
}
