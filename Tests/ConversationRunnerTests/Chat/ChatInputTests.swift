import Testing

@testable import ConversationRunner

/// What each line typed in the chat means, and the message for each mistake.
@Suite struct ChatInputTests {
    @Test func textIsSaidAndTrimmed() {
        #expect(ChatInput.parse("  book a meeting  ") == .say("book a meeting"))
        #expect(ChatInput.parse("::colon first") == .say(":colon first"))
        #expect(ChatInput.parse("   ") == .blank)
    }

    @Test func commandsWithoutArguments() {
        #expect(ChatInput.parse(":help") == .help)
        #expect(ChatInput.parse(":state") == .state)
        #expect(ChatInput.parse(" :meetings ") == .meetings)
        #expect(ChatInput.parse(":reset") == .reset)
        #expect(ChatInput.parse(":quit") == .quit)
        #expect(ChatInput.parse(":quit now") == .invalid(":quit takes no arguments"))
    }

    @Test func sessionsAndFiles() {
        #expect(ChatInput.parse(":as bob") == .switchSession("bob"))
        #expect(ChatInput.parse(":as") == .invalid("usage: :as NAME"))
        // A user label is a name for people; the Lex session id is derived from it.
        #expect(ChatInput.parse(":as bob smith") == .switchSession("bob smith"))
        #expect(ChatInput.parse(":as b") == .switchSession("b"))
        let long = String(repeating: "x", count: 101)
        #expect(
            ChatInput.parse(":as \(long)")
                == .invalid("'\(long)' is too long for a user label: use 1 to 100 characters"))
        #expect(ChatInput.parse(":save conversations/my chat.yaml") == .save("conversations/my chat.yaml"))
        #expect(ChatInput.parse(":save") == .invalid("usage: :save FILE"))
    }

    @Test func unknownCommandsGetAHint() {
        #expect(
            ChatInput.parse(":sate")
                == .invalid("unknown command ':sate' (did you mean 'state'?); type :help for the list"))
        #expect(ChatInput.parse(":xyzzy") == .invalid("unknown command ':xyzzy'; type :help for the list"))
    }

    @Test func selectorsKeepFieldsInOrderWithQuotedValues() throws {
        guard
            case .storeAction(let approve, let selector) = ChatInput.parse(
                #":reject attendeeName="Mary \"Ann\"" date=2026-01-06"#)
        else {
            Issue.record("not a store action")
            return
        }
        #expect(!approve)
        #expect(selector.description == "{attendeeName: Mary \"Ann\", date: 2026-01-06}")
    }

    @Test(arguments: [
        (":approve", "usage: :approve FIELD=VALUE ... (for example :approve attendeeName=Alice)"),
        (":approve Alice", "expected FIELD=VALUE, found 'Alice'"),
        (
            ":approve name=Alice",
            "unknown record field 'name'; fields: meetingId, attendeeName, email, date, "
                + "startTime, endTime, duration, status"
        ),
        (
            ":approve stauts=pending",
            "unknown record field 'stauts' (did you mean 'status'?); fields: meetingId, "
                + "attendeeName, email, date, startTime, endTime, duration, status"
        ),
        (
            ":approve startTime=9:00",
            "value '9:00' of field 'startTime' is not a 24-hour time written as HH:MM (00:00 to 23:59)"
        ),
        (":reject status=done", "value 'done' of field 'status' is not pending, approved or rejected"),
        (":approve date=2026-01-06 date=2026-01-07", "field 'date' is given twice"),
        (":approve attendeeName=", "field 'attendeeName' has no value"),
        (#":approve attendeeName="Al"#, "the value of 'attendeeName' has no closing quote"),
        (#":approve attendeeName="Al"x"#, "expected a space after the quoted value of 'attendeeName'"),
    ])
    func badSelectorsAreExplained(line: String, message: String) {
        #expect(ChatInput.parse(line) == .invalid(message))
    }
}
