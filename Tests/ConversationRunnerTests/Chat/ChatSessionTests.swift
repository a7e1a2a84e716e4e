import Foundation
import Testing

@testable import ConversationRunner

/// A chat driven in process: what each turn shows, the commands, and what is (not) recorded.
@Suite struct ChatSessionTests {
    @Test func aTurnShowsTheReplyTheStateLineAndTheHookCalls() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        let reply = await chat.handle("book a meeting on 2026-01-06 at 11:00")
        #expect(
            reply.lines == [
                .out("bot> What is your name?"),
                .out(
                    "     BookMeeting · ElicitSlot(FullName) · InProgress · confirmation None · "
                        + "MeetingDate=2026-01-06 MeetingTime=11:00"),
                .out("     hooks: DialogCodeHook BookMeeting → Delegate InProgress"),
            ])
        #expect(!reply.quit)
    }

    @Test func theClosingTurnShowsBothHooksAndTheConfirmation() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        let reply = await ChatFixture.send(ChatFixture.booking("Alice", at: "11:00"), to: &chat)
        #expect(reply.lines.count == 3)
        #expect(reply.outText.contains("· Close · Fulfilled · confirmation Confirmed · FullName=Alice "))
        #expect(
            reply.outText.contains(
                "hooks: DialogCodeHook BookMeeting → Delegate InProgress; FulfillmentCodeHook BookMeeting → Close Fulfilled"
            ))
    }

    @Test func withoutHooksTheTurnSaysSo() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp", hook: NoCodeHook())
        let reply = await chat.handle("book a meeting on 2026-01-06 at 11:00")
        #expect(reply.outText.hasSuffix("     hooks: none"))
    }

    @Test func stateShowsEverySlotWhatWasHeardAndTheOtherSessions() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        #expect((await chat.handle(":state")).outText.contains("no turns yet in this session"))
        await ChatFixture.send(
            ["Hello", ":as bob", "book a meeting on 2026-01-06 at 10:30", "Bob", "60 minutes"], to: &chat)
        let lines = (await chat.handle(":state")).outText.split(separator: "\n").map(String.init)
        #expect(lines.first == "session bob · 3 turns · locale en_US · now 2026-01-05T09:00 · code hook meety")
        #expect(lines.contains("active intent: BookMeeting"))
        #expect(lines.contains("  FullName         Bob"))
        #expect(lines.contains("  MeetingTime      10:30"))
        #expect(lines.contains("  MeetingDuration  60 (heard \"60 minutes\")"))
        #expect(lines.contains("  AttendeeEmail    -"))
        #expect(lines.contains("session attributes: none"))
        #expect(lines.last == "other sessions: user (1 turn)")
    }

    @Test func sessionsKeepTheirOwnDialog() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        await ChatFixture.send(["book a meeting"], to: &chat)
        #expect((await chat.handle(":as bob")).outText == "now speaking as bob (new session)")
        #expect(chat.prompt == "bob> ")
        #expect((await chat.handle("Hello")).outText.contains("StartMeety · ElicitIntent · Fulfilled"))
        #expect((await chat.handle(":as user")).outText == "now speaking as user (1 turn so far)")
        let reply = await chat.handle("Alice")
        #expect(reply.outText.contains("FullName=Alice"), "the user's booking went on where it stopped")
    }

    @Test func approveAndRejectNeedExactlyOneRecord() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        let none = await chat.handle(":approve attendeeName=Alice")
        // The chat says what a failing script step says (one message, from the world).
        #expect(none.errText == "error: approve {attendeeName: Alice} matches no record; it must match exactly one")
        await ChatFixture.send(ChatFixture.booking("Alice", at: "11:00"), to: &chat)
        await ChatFixture.send([":as bob"] + ChatFixture.booking("Bob", at: "12:00"), to: &chat)
        let steps = chat.recording.steps.count
        let two = await chat.handle(":approve date=2026-01-06")
        #expect(
            two.errText.hasPrefix(
                "error: approve {date: 2026-01-06} matches 2 records (Alice 2026-01-06 11:00-11:30 pending; "
                    + "Bob 2026-01-06 12:00-12:30 pending); it must match exactly one"))
        #expect(two.lines.count == 3, "both candidates are listed")
        #expect(chat.recording.steps.count == steps, "a failed store step is not recorded")
        let rejected = await chat.handle(":reject attendeeName=Bob")
        #expect(
            rejected.outText
                == "rejected: 00000000-0000-4000-8000-000000000002  Bob  bob@example.com  2026-01-06  12:00-12:30  30 min  rejected"
        )
        #expect(chat.recording.steps.count == steps + 1)
        let listing = await chat.handle(":meetings")
        #expect(listing.outText.hasPrefix("2 meetings in the store:\n  00000000-0000-4000-8000-000000000001  Alice"))
    }

    @Test func aTurnErrorIsReportedAndNotRecorded() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        let reply = await chat.handle(String(repeating: "a", count: 1025))
        #expect(reply.errText.hasPrefix("error: turn failed (invalid-request): the input text is 1025 characters"))
        #expect(reply.errText.hasSuffix("the session is unchanged and the turn is not recorded"))
        #expect(chat.recording.steps.isEmpty)
    }

    @Test func resetStartsOverWithNothingRecorded() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        await ChatFixture.send([":as bob"] + ChatFixture.booking("Bob", at: "12:00"), to: &chat)
        let reply = await chat.handle(":reset")
        #expect(reply.outText == "started over: empty Meetings store, no sessions, nothing recorded")
        #expect(chat.prompt == "user> ")
        #expect((await chat.handle(":meetings")).outText == "no meetings in the store")
        #expect(
            (await chat.handle(":save x.yaml")).errText == "error: nothing to save yet: say something to the bot first")
    }

    @Test func helpListsEveryCommandAndQuitEndsTheChat() async throws {
        var chat = try await ChatFixture.chat(workingDirectory: "/tmp")
        let help = (await chat.handle(":help")).outText
        for command in ChatInput.commands { #expect(help.contains("  :\(command.name)")) }
        #expect((await chat.handle(":bogus")).errText.hasPrefix("error: unknown command ':bogus'"))
        #expect((await chat.handle(":quit")).quit)
    }
}
