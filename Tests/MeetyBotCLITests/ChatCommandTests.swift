import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot chat` through the built binary, driven by piped standard input: a booking, store
/// steps, a second user, `:save`, and `meety-bot test` on the saved file.
@Suite struct ChatCommandTests {
    static let bookingInput = """
        Hello
        book a meeting on 2026-01-06 at 11:00
        Alice
        30 minutes
        alice@example.com
        yes
        :meetings
        :approve attendeeName=Alice
        :as bob
        book a meeting on 2026-01-06 at 11:15
        :bogus
        :save conversations/booking.yaml

        """

    @Test func aPipedBookingIsSavedAndTheSavedScriptPasses() async throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("bots/meetybot.yaml", to: "bots/meetybot.yaml")
        let chat = try await workspace.run("chat", "--now", "2026-01-05T09:00", input: Self.bookingInput)
        #expect(chat.status == 0, "stderr: \(chat.stderr)")
        let out = chat.stdout
        #expect(
            out.hasPrefix(
                "chatting with MeetyBot (bots/meetybot.yaml), locale en_US, now 2026-01-05T09:00, code hook meety\n"))
        #expect(out.contains("user> book a meeting on 2026-01-06 at 11:00\nbot> What is your name?\n"))
        #expect(out.contains("     hooks: DialogCodeHook BookMeeting → Delegate InProgress\n"))
        #expect(out.contains("FulfillmentCodeHook BookMeeting → Close Fulfilled\n"))
        #expect(out.contains("1 meeting in the store:\n"))
        #expect(out.contains("approved: 00000000-0000-4000-8000-000000000001  Alice"))
        #expect(out.contains("bob> book a meeting on 2026-01-06 at 11:15\nbot> "))
        #expect(out.contains("11:00-11:30"), "Bob is told about Alice's meeting")
        #expect(out.contains("saved 8 steps and 1 created meeting to conversations/booking.yaml\n"))
        #expect(!out.contains("\u{1B}["), "no colour with NO_COLOR and without a terminal")
        #expect(chat.stderr == "error: unknown command ':bogus'; type :help for the list\n")

        let saved = try workspace.read("conversations/booking.yaml")
        #expect(saved.contains("\nbot: ../bots/meetybot.yaml\nnow: \"2026-01-05T09:00\"\n"))
        #expect(
            saved.contains(
                "\n  - approve: {attendeeName: Alice}\n  - user: \"book a meeting on 2026-01-06 at 11:15\"\n    as: bob\n"
            ))
        let test = try await workspace.run("test", "conversations/booking.yaml")
        #expect(test.status == 0, "stdout: \(test.stdout)\nstderr: \(test.stderr)")
        #expect(test.stdout == "PASS  booking\n1 passed, 0 failed\n")

        try workspace.write(
            "conversations/booking.yaml", saved.replacingOccurrences(of: "status: approved", with: "status: pending"))
        let stale = try await workspace.run("test", "conversations/booking.yaml")
        #expect(stale.status == 1, "the saved script checks the created records")
        #expect(stale.stdout.contains("[meetings-mismatch]"))
    }

    @Test func aChatOnALexExportSavesTheCommandThatRunsIt() async throws {
        let workspace = try Workspace()
        let export = TestResources.path("build/lex/MeetyBot").path
        let input = "Hello\nbook a meeting on 2026-01-06 at 10:00\n:save greet.yaml\n:quit\nnot read\n"
        let chat = try await workspace.run("chat", "--lex", export, "--session", "web-1", input: input)
        #expect(chat.status == 0, "stderr: \(chat.stderr)")
        #expect(chat.stdout.contains("web-1> Hello\n"))
        #expect(!chat.stdout.contains("not read"), ":quit ends the chat")
        let saved = try workspace.read("greet.yaml")
        #expect(!saved.contains("\nbot:"), "a script can only name a YAML bot")
        #expect(saved.contains("# Run with: meety-bot test --lex \(export) greet.yaml\n"))
        #expect(saved.contains("  - user: Hello\n    as: web-1\n"))
        let test = try await workspace.run("test", "--lex", export, "greet.yaml")
        #expect(test.status == 0, "stdout: \(test.stdout)\nstderr: \(test.stderr)")
    }

    @Test func aBotThatCannotBeLoadedExitsOne() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/broken.yaml", Fixtures.brokenBot.text)
        let result = try await workspace.run("chat", input: "Hello\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bots/broken.yaml:"))
        #expect(result.stderr.contains("[unknown-key]"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownLocaleExitsOne() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        let result = try await workspace.run("chat", "--locale", "fr_FR", input: "Hello\n")
        #expect(result.status == 1)
        #expect(result.stderr == "error: bot 'TeaBot' has no locale 'fr_FR' (locales: en_US)\n")
    }
}
