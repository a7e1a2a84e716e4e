import Conversations
import MeetingRecords
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Turn expectations: every form")
struct TurnExpectationTests {
    private func reply(_ yaml: String) throws -> ReplyExpectation {
        let script = try Load.script("name: r\nturns:\n  - user: hi\n    bot: \(yaml)\n")
        return try #require(try Load.turn(script, 1).expectations.reply?.value)
    }

    @Test("bot: text is an exact match of the whole reply")
    func exact() throws {
        let expectation = try reply("What is your name?")
        #expect(expectation.isSatisfied(by: "What is your name?"))
        #expect(!expectation.isSatisfied(by: "What is your name? Please answer."))
        #expect(!expectation.isSatisfied(by: "what is your name?"))
        #expect(expectation.description == "\"What is your name?\"")
    }

    @Test("a block scalar matches messages joined by a newline, without its final line break")
    func multiLine() throws {
        let script = try Load.script(
            """
            name: r
            turns:
              - user: hi
                bot: |
                  Sorry, 10:30 clashes with 10:00-11:00.
                  What time should the meeting start?
            """
        )
        let expectation = try #require(try Load.turn(script, 1).expectations.reply?.value)
        #expect(
            expectation.isSatisfied(by: "Sorry, 10:30 clashes with 10:00-11:00.\nWhat time should the meeting start?"))
        #expect(
            !expectation.isSatisfied(
                by: "Sorry, 10:30 clashes with 10:00-11:00.\nWhat time should the meeting start?\n"))
    }

    @Test("contains: one text or a list, every one must occur")
    func contains() throws {
        let one = try reply("{contains: \"10:00-11:00\"}")
        #expect(one.isSatisfied(by: "Sorry, that clashes with 10:00-11:00."))
        #expect(!one.isSatisfied(by: "Sorry, that clashes with 10:00-10:30."))
        let all = try reply("{contains: [Alice, \"2026-11-23\"]}")
        #expect(all.isSatisfied(by: "Booked for Alice on 2026-11-23"))
        #expect(!all.isSatisfied(by: "Booked for Alice on 2026-11-24"))
        #expect(all.description == "containing \"Alice\" and \"2026-11-23\"")
    }

    @Test("matches: an ICU regex searched anywhere in the reply")
    func matches() throws {
        let search = try reply("{matches: \"1[01]:[0-9]{2}\"}")
        #expect(search.isSatisfied(by: "How about 11:00 instead?"))
        #expect(!search.isSatisfied(by: "How about 12:00 instead?"))
        let anchored = try reply("{matches: '^Thanks\\b.*approval\\.$'}")
        #expect(anchored.isSatisfied(by: "Thanks Alice, it awaits approval."))
        #expect(!anchored.isSatisfied(by: "OK. Thanks Alice, it awaits approval."))
        #expect(anchored.description == "matching /^Thanks\\b.*approval\\.$/")
    }

    @Test("oneOf: the reply is exactly one of the texts")
    func oneOf() throws {
        let expectation = try reply("{oneOf: [Hi!, Hello!]}")
        #expect(expectation.isSatisfied(by: "Hello!"))
        #expect(!expectation.isSatisfied(by: "Hello! Hi!"))
        #expect(expectation.description == "one of \"Hi!\", \"Hello!\"")
    }

    @Test("dialog values decode to their Lex wire values")
    func dialogValues() throws {
        for action in ExpectedDialogAction.allCases {
            let script = try Load.script("name: a\nturns:\n  - {user: hi, action: \(action.rawValue)}\n")
            #expect(try Load.turn(script, 1).expectations.action?.value == action)
        }
        for state in ExpectedIntentState.allCases {
            let script = try Load.script("name: s\nturns:\n  - {user: hi, state: \(state.rawValue)}\n")
            #expect(try Load.turn(script, 1).expectations.state?.value == state)
        }
        for confirmation in ExpectedConfirmation.allCases {
            let script = try Load.script("name: c\nturns:\n  - {user: hi, confirmation: \(confirmation.rawValue)}\n")
            #expect(try Load.turn(script, 1).expectations.confirmation?.value == confirmation)
        }
    }

    @Test("slots: null, ~ and empty mean unset; a quoted \"null\" is the text null")
    func slotValues() throws {
        let marked = MarkedText(
            """
            name: slots
            turns:
              - user: hi
                intent: BookMeeting
                slot: MeetingTime
                slots:
                  1️⃣A: null
                  B: ~
                  C:
                  D: "null"
                  E: 2️⃣10:30
            """
        )
        let script = try Load.script(marked.text)
        let turn = try Load.turn(script, 1)
        #expect(turn.expectations.intent?.value == "BookMeeting")
        #expect(turn.expectations.slotToElicit?.value == "MeetingTime")
        #expect(turn.expectations.slots.map(\.name.value) == ["A", "B", "C", "D", "E"])
        #expect(turn.expectations.slots.map(\.value.value) == [nil, nil, nil, "null", "10:30"])
        #expect(turn.expectations.slots[0].name.span.start == marked["1️⃣"])
        #expect(turn.expectations.slots[4].value.span.start == marked["2️⃣"])
    }

    @Test("session: attributes with values, null meaning absent; given.session seeds them")
    func sessionAttributes() throws {
        let script = try Load.script(
            """
            name: session
            given:
              session: {channel: web, tier: "2"}
            turns:
              - user: hi
                session: {channel: web, lastIntent: ~}
            """
        )
        #expect(script.givenSession.map(\.key.value) == ["channel", "tier"])
        #expect(script.givenSession.map(\.value.value) == ["web", "2"])
        let attributes = try Load.turn(script, 1).expectations.session
        #expect(attributes.map(\.key.value) == ["channel", "lastIntent"])
        #expect(attributes.map(\.value.value) == ["web", nil])
    }

    @Test("approve and reject take a selector matched against record fields")
    func storeActions() throws {
        let script = try Load.script(
            """
            name: admin
            turns:
              - user: hi
              - approve: {attendeeName: Alice, date: 2026-11-23}
              - reject: {meetingId: m-ann}
            """
        )
        guard case .approve(let approve) = script.steps[1].action, case .reject(let reject) = script.steps[2].action
        else {
            Issue.record("expected approve then reject")
            return
        }
        #expect(script.steps[1].userTurn == nil)
        #expect(approve[.attendeeName] == "Alice")
        #expect(approve[.date] == "2026-11-23")
        #expect(approve[.status] == nil)
        let alice: [MeetingField: String] = [.attendeeName: "Alice", .date: "2026-11-23", .status: "pending"]
        #expect(approve.matches { alice[$0] })
        #expect(!approve.matches { [.attendeeName: "Alice", .date: "2026-11-24"][$0] })
        #expect(!reject.matches { alice[$0] })
        #expect(reject.matches { $0 == .meetingId ? "m-ann" : nil })
    }

    @Test("expect.meetings: created as a set, absent selectors, counts by status")
    func meetingExpectations() throws {
        let marked = MarkedText(
            """
            name: store
            turns:
              - user: hi
            expect:
              meetings:
                created:
                  - {attendeeName: Alice, status: pending}
                  - {}
                absent:
                  - {attendeeName: Bob}
                count: {pending: 1, 1️⃣approved: 2️⃣0, rejected: 3}
            """
        )
        let script = try Load.script(marked.text)
        let expected = try #require(script.expectedMeetings)
        #expect(expected.created?.value.map(\.conditions.count) == [2, 0])
        #expect(expected.absent.map(\.description) == ["{attendeeName: Bob}"])
        #expect(expected.counts.map(\.status.value) == [.pending, .approved, .rejected])
        #expect(expected.counts.map(\.count.value) == [1, 0, 3])
        #expect(expected.counts[1].status.span.start == marked["1️⃣"])
        #expect(expected.counts[1].count.span.start == marked["2️⃣"])
    }

    @Test("'created: []' asserts that nothing was created")
    func nothingCreated() throws {
        let script = try Load.script("name: none\nturns: [{user: hi}]\nexpect: {meetings: {created: []}}\n")
        #expect(script.expectedMeetings?.created?.value.isEmpty == true)
    }
}
