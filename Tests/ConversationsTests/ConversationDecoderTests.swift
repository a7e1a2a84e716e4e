import Conversations
import MeetingRecords
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Conversation decoder: model and file shapes")
struct ConversationDecoderTests {
    @Test("the DESIGN §7 example decodes to the expected model")
    func designExample() throws {
        let marked = MarkedText(DesignExample.marked)
        let script = try Load.script(marked.text)
        #expect(script.file == Load.file)
        #expect(script.index == nil)
        #expect(script.name.value == "books a free slot and leaves a pending record")
        #expect(script.span.start == marked["1️⃣"])
        #expect(script.bot?.value == "../bots/meetybot.yaml")
        #expect(script.locale?.value == "en_US")
        #expect(script.now.iso == "2026-11-20T09:00")
        #expect(!script.now.isDefault)
        #expect(
            [script.now.year, script.now.month, script.now.day, script.now.hour, script.now.minute] == [
                2026, 11, 20, 9, 0,
            ])
        #expect(script.tags.map(\.value) == ["booking"])
        #expect(script.givenSession.map { [$0.key.value, $0.value.value] } == [["channel", "web"]])

        let ann = try #require(script.givenMeetings.first)
        #expect(script.givenMeetings.count == 1)
        #expect(
            MeetingField.allCases.map { ann.value(of: $0) } == [
                "m-ann", "Ann", "ann@example.com", "2026-11-23", "10:00", "11:00", "60", "approved",
            ]
        )
        #expect(ann.status.value == .approved)

        #expect(script.steps.count == 10)
        #expect(script.steps.map(\.number) == Array(1...10))
        #expect(script.steps[0].span.start == marked["2️⃣"])
        #expect(script.steps[3].span.start == marked["3️⃣"])
        #expect(script.steps[8].span.start == marked["6️⃣"])

        let first = try Load.turn(script, 1)
        #expect(first.text.value == "I want to book a meeting")
        #expect(first.expectations.intent?.value == "BookMeeting")
        #expect(first.expectations.action?.value == .elicitSlot)
        #expect(first.expectations.slotToElicit?.value == "FullName")
        #expect(first.expectations.reply?.value == .exact(Located("What is your name?", at: .startOf("x"))))

        #expect(
            try Load.turn(script, 2).expectations.slots.map { [$0.name.value, $0.value.value] } == [
                ["FullName", "Alice"]
            ])
        #expect(try Load.turn(script, 3).expectations.slots.first?.value.value == "2026-11-23")

        let fourth = try Load.turn(script, 4)
        #expect(fourth.text.value == "10:30")
        #expect(fourth.expectations.reply?.span.start == marked["4️⃣"])
        #expect(fourth.expectations.reply?.value.description == "containing \"10:00-11:00\"")
        #expect(fourth.expectations.slots.count == 1)
        #expect(fourth.expectations.slots[0].value.value == nil)
        #expect(fourth.expectations.slots[0].value.span.start == marked["5️⃣"])

        #expect(try Load.turn(script, 5).expectations.isEmpty)
        #expect(try Load.turn(script, 7).expectations.action?.value == .confirmIntent)
        let eighth = try Load.turn(script, 8)
        #expect(eighth.expectations.state?.value == .fulfilled)
        let thanks = "Thanks Alice, your meeting on 2026-11-23 from 11:00 to 11:30 awaits approval."
        #expect(eighth.expectations.reply?.value.isSatisfied(by: thanks) == true)

        guard case .approve(let selector) = script.steps[8].action else {
            Issue.record("step 9 should approve")
            return
        }
        #expect(selector.description == "{attendeeName: Alice}")

        let bob = try Load.turn(script, 10)
        #expect(bob.explicitSession?.value == "bob")
        #expect(bob.sessionName == "bob")
        #expect(first.sessionName == ConversationScript.defaultSessionName)
        #expect(script.sessionNames == ["user", "bob"])

        let created = try #require(script.expectedMeetings?.created)
        #expect(created.span.start == marked["7️⃣"])
        #expect(
            created.value.map(\.description) == [
                "{attendeeName: Alice, date: 2026-11-23, startTime: 11:00, endTime: 11:30, status: approved}"
            ])
        #expect(script.expectedMeetings?.absent.isEmpty == true)
        #expect(script.expectedMeetings?.counts.isEmpty == true)
    }

    @Test("omitted settings take their defaults")
    func defaults() throws {
        let script = try Load.script(
            """
            name: minimal
            turns:
              - user: hi
            """
        )
        #expect(script.bot == nil)
        #expect(script.locale == nil)
        #expect(script.now.isDefault)
        #expect(script.now.iso == ScriptClock.defaultText)
        #expect([script.now.year, script.now.month, script.now.day, script.now.hour] == [2026, 1, 5, 9])
        #expect(script.tags.isEmpty && script.givenSession.isEmpty && script.givenMeetings.isEmpty)
        #expect(script.expectedMeetings == nil)
        #expect(script.sessionNames == ["user"])
    }

    @Test("a file may hold a list of full scripts under 'conversations:'")
    func listShape() throws {
        let marked = MarkedText(
            """
            conversations:
              - 1️⃣name: first
                tags: fast
                turns:
                  - user: hi
              - 2️⃣name: second
                now: 2026-02-28T23:59
                locale: en_GB
                turns:
                  - user: hello
                  - user: bye
            """
        )
        let (loaded, diagnostics) = Load.file(marked.text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let file = try #require(loaded)
        #expect(file.shape == .list)
        #expect(file.scripts.map(\.name.value) == ["first", "second"])
        #expect(file.scripts.map(\.index) == [1, 2])
        #expect(file.scripts[0].span.start == marked["1️⃣"])
        #expect(file.scripts[1].span.start == marked["2️⃣"])
        #expect(file.scripts[0].tags.map(\.value) == ["fast"])
        #expect(file.scripts[1].now.iso == "2026-02-28T23:59")
        #expect(file.scripts[1].locale?.value == "en_GB")
        #expect(file.scripts[1].steps.count == 2)
    }

    @Test("a one-script file has the single shape")
    func singleShape() throws {
        let (loaded, _) = Load.file("name: a\nturns: [{user: hi}]\n")
        #expect(loaded?.shape == .single)
        #expect(loaded?.scripts.count == 1)
    }

    @Test("turns without 'as:' run in the first user's session")
    func defaultSessionIsTheFirstUsers() throws {
        let script = try Load.script(
            """
            name: two users
            turns:
              - {as: alice, user: book a meeting}
              - user: my name is Alice
              - {as: bob.2, user: hello}
              - approve: {meetingId: m-1}
              - user: tomorrow
            """
        )
        #expect(script.userTurns.map(\.turn.sessionName) == ["alice", "alice", "bob.2", "alice"])
        #expect(script.sessionNames == ["alice", "bob.2"])
        #expect(script.userTurns.map(\.step.number) == [1, 2, 3, 5])
    }

    @Test("scalars are text: times, dates, numbers and booleans are never converted")
    func scalarsAreText() throws {
        let script = try Load.script(
            """
            name: text
            turns:
              - user: yes
                slots: {MeetingTime: 10:30, Plain: 1e3, Flag: no, Date: 2026-11-23, Quoted: "10:30"}
                session: {count: 007, on: on}
            """
        )
        let turn = try Load.turn(script, 1)
        #expect(turn.text.value == "yes")
        #expect(turn.expectations.slots.map(\.value.value) == ["10:30", "1e3", "no", "2026-11-23", "10:30"])
        #expect(turn.expectations.session.map(\.value.value) == ["007", "on"])
    }
}
