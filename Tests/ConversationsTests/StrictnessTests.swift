import Conversations
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// One malformed script: the single diagnostic it must produce, at the 1️⃣ marker.
struct StrictnessCase: Sendable, CustomTestStringConvertible {
    let label: String
    let marked: String
    let code: String
    let fragment: String

    var testDescription: String { label }
}

@Suite("Conversation decoder: strictness")
struct StrictnessTests {
    static let cases: [StrictnessCase] = [
        StrictnessCase(
            label: "unknown turn key with did-you-mean",
            marked: "name: a\nturns:\n  - user: hi\n    1️⃣intnt: BookMeeting\n",
            code: "unknown-key",
            fragment: "unknown key 'intnt' in turn 1 (did you mean 'intent'?)"
        ),
        StrictnessCase(
            label: "unknown script key with did-you-mean",
            marked: "name: a\n1️⃣turn:\n  - user: hi\nturns: [{user: hi}]\n",
            code: "unknown-key",
            fragment: "(did you mean 'turns'?)"
        ),
        StrictnessCase(
            label: "unknown key beside 'conversations'",
            marked: "conversations:\n  - {name: a, turns: [{user: hi}]}\n1️⃣tags: [x]\n",
            code: "unknown-key",
            fragment: "beside 'conversations'"
        ),
        StrictnessCase(
            label: "missing name, at the mapping",
            marked: "1️⃣turns:\n  - user: hi\n",
            code: "missing-key",
            fragment: "the conversation is missing required key 'name'"
        ),
        StrictnessCase(
            label: "wrong type for slots, at the value",
            marked: "name: a\nturns:\n  - user: hi\n    slots: 1️⃣[MeetingTime]\n",
            code: "type-mismatch",
            fragment: "expected a mapping for 'slots' of turn 1, found a list"
        ),
        StrictnessCase(
            label: "a slot value that is a list",
            marked: "name: a\nturns:\n  - user: hi\n    slots: {A: 1️⃣[x]}\n",
            code: "type-mismatch",
            fragment: "expected text for 'A' of 'slots' of turn 1"
        ),
        StrictnessCase(
            label: "bot as a list",
            marked: "name: a\nturns:\n  - user: hi\n    bot: 1️⃣[a, b]\n",
            code: "type-mismatch",
            fragment: "{oneOf: [...]}"
        ),
        StrictnessCase(
            label: "bad regex",
            marked: "name: a\nturns:\n  - user: hi\n    bot: {matches: 1️⃣\"10:(00\"}\n",
            code: "invalid-regex",
            fragment: "'matches' of 'bot' of turn 1 is not a valid regular expression: '10:(00'"
        ),
        StrictnessCase(
            label: "two reply forms",
            marked: "name: a\nturns:\n  - user: hi\n    bot: {contains: x, 1️⃣matches: y}\n",
            code: "conflicting-keys",
            fragment: "has both 'contains' and 'matches'"
        ),
        StrictnessCase(
            label: "a reply mapping with no form",
            marked: "name: a\nturns:\n  - user: hi\n    bot: 1️⃣{}\n",
            code: "missing-key",
            fragment: "needs one of 'contains', 'matches' or 'oneOf'"
        ),
        StrictnessCase(
            label: "a misspelt reply form",
            marked: "name: a\nturns:\n  - user: hi\n    bot: {1️⃣contain: x}\n",
            code: "unknown-key",
            fragment: "unknown key 'contain' in 'bot' of turn 1 (did you mean 'contains'?)"
        ),
        StrictnessCase(
            label: "a misspelt user key",
            marked: "name: a\nturns:\n  - 1️⃣usr: hi\n",
            code: "unknown-key",
            fragment: "unknown key 'usr' in turn 1 (did you mean 'user'?)"
        ),
        StrictnessCase(
            label: "bad now: not a real day",
            marked: "name: a\nnow: 1️⃣2026-02-29T09:00\nturns: [{user: hi}]\n",
            code: "invalid-now",
            fragment: "'now' of the conversation is '2026-02-29T09:00'"
        ),
        StrictnessCase(
            label: "bad now: a space instead of T",
            marked: "name: a\nnow: 1️⃣\"2026-01-05 09:00\"\nturns: [{user: hi}]\n",
            code: "invalid-now",
            fragment: "YYYY-MM-DDTHH:MM"
        ),
        StrictnessCase(
            label: "bad now: 24:00",
            marked: "name: a\nnow: 1️⃣2026-01-05T24:00\nturns: [{user: hi}]\n",
            code: "invalid-now",
            fragment: "not a real date and time"
        ),
        StrictnessCase(
            label: "bad status in a seeded meeting",
            marked: """
                name: a
                given:
                  meetings:
                    - {meetingId: m, attendeeName: Ann, email: a@x.com, date: 2026-11-23,
                       startTime: "10:00", endTime: "11:00", duration: "60", status: 1️⃣confirmed}
                turns: [{user: hi}]

                """,
            code: "invalid-record-value",
            fragment: "status 'confirmed' of meeting 1 of 'given.meetings' is not pending, approved or rejected"
        ),
        StrictnessCase(
            label: "bad status in a selector",
            marked: "name: a\nturns:\n  - approve: {status: 1️⃣Pending}\n",
            code: "invalid-record-value",
            fragment: "status 'Pending' of 'approve' of turn 1"
        ),
        StrictnessCase(
            label: "a one-digit hour in a selector",
            marked: "name: a\nturns: [{user: hi}]\nexpect:\n  meetings:\n    absent:\n      - {startTime: 1️⃣9:00}\n",
            code: "invalid-record-value",
            fragment: "startTime '9:00' of absent selector 1 is not a 24-hour time"
        ),
        StrictnessCase(
            label: "approve selector that is not a mapping",
            marked: "name: a\nturns:\n  - user: hi\n  - approve: 1️⃣Alice\n",
            code: "type-mismatch",
            fragment: "expected a mapping of record fields for 'approve' of turn 2, found the value 'Alice'"
        ),
        StrictnessCase(
            label: "an empty selector",
            marked: "name: a\nturns:\n  - reject: 1️⃣{}\n",
            code: "empty-selector",
            fragment: "'reject' of turn 1 names no field"
        ),
        StrictnessCase(
            label: "a step with both user and approve",
            marked: "name: a\nturns:\n  - user: hi\n    1️⃣approve: {attendeeName: Alice}\n",
            code: "conflicting-keys",
            fragment: "turn 1 has both 'user' and 'approve'"
        ),
        StrictnessCase(
            label: "a step with neither user nor a store action",
            marked: "name: a\nturns:\n  - 1️⃣intent: BookMeeting\n",
            code: "missing-key",
            fragment: "turn 1 has none of 'user', 'approve', 'reject', 'wait' or 'clock'"
        ),
        StrictnessCase(
            label: "an expectation on a store action",
            marked: "name: a\nturns:\n  - approve: {meetingId: m}\n    1️⃣intent: BookMeeting\n",
            code: "unknown-key",
            fragment: "'as' and expectations belong to user turns"
        ),
        StrictnessCase(
            label: "a step that is text",
            marked: "name: a\nturns:\n  - 1️⃣hello\n",
            code: "type-mismatch",
            fragment: "for turn 1, found the value 'hello'"
        ),
        StrictnessCase(
            label: "unknown record field with did-you-mean",
            marked: "name: a\nturns:\n  - approve: {1️⃣attendeName: Alice}\n",
            code: "unknown-record-field",
            fragment:
                "'attendeName' in 'approve' of turn 1 is not a field of a meeting record (did you mean 'attendeeName'?)"
        ),
        StrictnessCase(
            label: "a user label of white space only",
            marked: "name: a\nturns:\n  - user: hi\n    as: 1️⃣\"  \"\n",
            code: "invalid-session-name",
            fragment: "user label '  ' of turn 1 must be 1 to 100 characters, not only white space"
        ),
        StrictnessCase(
            label: "a user label over 100 characters",
            marked: "name: a\nturns:\n  - {as: 1️⃣\(String(repeating: "b", count: 101)), user: hi}\n",
            code: "invalid-session-name",
            fragment: "must be 1 to 100 characters"
        ),
        StrictnessCase(
            label: "unknown action with did-you-mean",
            marked: "name: a\nturns:\n  - user: hi\n    action: 1️⃣ElicitSlots\n",
            code: "unknown-action",
            fragment: "unknown action 'ElicitSlots' in turn 1; expected one of ElicitSlot, ConfirmIntent, "
                + "ElicitIntent, Close, Delegate (did you mean 'ElicitSlot'?)"
        ),
        StrictnessCase(
            label: "unknown intent state",
            marked: "name: a\nturns:\n  - user: hi\n    state: 1️⃣fulfilled\n",
            code: "unknown-intent-state",
            fragment: "(did you mean 'Fulfilled'?)"
        ),
        StrictnessCase(
            label: "unknown confirmation state",
            marked: "name: a\nturns:\n  - user: hi\n    confirmation: 1️⃣Yes\n",
            code: "unknown-confirmation-state",
            fragment: "unknown confirmation state 'Yes' in turn 1"
        ),
        StrictnessCase(
            label: "empty user text",
            marked: "name: a\nturns:\n  - user: 1️⃣\"\"\n",
            code: "value-out-of-range",
            fragment: "'user' of turn 1 has 0 characters"
        ),
        StrictnessCase(
            label: "no turns",
            marked: "name: a\nturns: 1️⃣[]\n",
            code: "value-out-of-range",
            fragment: "'turns' of the conversation is empty"
        ),
        StrictnessCase(
            label: "a count below zero",
            marked: "name: a\nturns: [{user: hi}]\nexpect: {meetings: {count: {pending: 1️⃣-1}}}\n",
            code: "value-out-of-range",
            fragment: "the pending count is -1"
        ),
        StrictnessCase(
            label: "a count for an unknown status",
            marked: "name: a\nturns: [{user: hi}]\nexpect: {meetings: {count: {1️⃣pendng: 1}}}\n",
            code: "unknown-key",
            fragment: "(did you mean 'pending'?)"
        ),
        StrictnessCase(
            label: "a seeded meeting missing fields, at the mapping",
            marked: "name: a\ngiven:\n  meetings:\n    - 1️⃣{meetingId: m, date: 2026-11-23}\nturns: [{user: hi}]\n",
            code: "missing-key",
            fragment: "is missing fields 'attendeeName', 'email', 'startTime', 'endTime', 'duration', 'status'"
        ),
        StrictnessCase(
            label: "a seeded duration that disagrees with the times",
            marked: """
                name: a
                given:
                  meetings:
                    - {meetingId: m, attendeeName: Ann, email: a@x.com, date: 2026-11-23,
                       startTime: "10:00", endTime: "11:00", duration: 1️⃣"30", status: approved}
                turns: [{user: hi}]

                """,
            code: "invalid-record-value",
            fragment: "duration '30' of meeting 1 of 'given.meetings' disagrees with 10:00-11:00, which is 60 minutes"
        ),
        StrictnessCase(
            label: "a given session value that is null",
            marked: "name: a\ngiven: {session: {channel: 1️⃣~}}\nturns: [{user: hi}]\n",
            code: "type-mismatch",
            fragment: "session attribute 'channel' of 'given'"
        ),
        StrictnessCase(
            label: "an empty expectation is an error, not a skipped check",
            marked: "name: a\nturns:\n  - user: hi\n    slot:1️⃣\n    intent: X\n",
            code: "type-mismatch",
            fragment: "expected text for 'slot' of turn 1, found an empty value"
        ),
        StrictnessCase(
            label: "an empty locale",
            marked: "name: a\nlocale: 1️⃣~\nturns: [{user: hi}]\n",
            code: "type-mismatch",
            fragment: "expected text for 'locale' of the conversation, found an empty value"
        ),
    ]

    @Test("each malformed script gets one diagnostic with its code at its position", arguments: cases)
    func malformed(_ testCase: StrictnessCase) throws {
        let marked = MarkedText(testCase.marked)
        let diagnostics = Load.errors(marked.text)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code.id == testCase.code)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.span?.file == Load.file)
        #expect(diagnostic.span?.start == marked["1️⃣"])
        #expect(diagnostic.message.contains(testCase.fragment), "\(diagnostic.message)")
    }

    @Test("a duplicate meetingId and a duplicate conversation name point at the second, with a note at the first")
    func duplicates() throws {
        let marked = MarkedText(
            """
            conversations:
              - name: 1️⃣same
                given:
                  meetings:
                    - {meetingId: 2️⃣m1, attendeeName: A, email: a@x.com, date: 2026-01-06, startTime: "09:00",
                       endTime: "09:30", duration: "30", status: pending}
                    - {meetingId: 3️⃣m1, attendeeName: B, email: b@x.com, date: 2026-01-06, startTime: "10:00",
                       endTime: "10:30", duration: "30", status: pending}
                turns: [{user: hi}]
              - name: 4️⃣same
                turns: [{user: hi}]
            """
        )
        let diagnostics = Load.errors(marked.text)
        #expect(diagnostics.map(\.code) == [.duplicateMeetingId, .duplicateConversationName])
        #expect(diagnostics.map(\.span?.start) == [marked["3️⃣"], marked["4️⃣"]])
        #expect(diagnostics.map { $0.notes.first?.span?.start } == [marked["2️⃣"], marked["1️⃣"]])
    }

    @Test("decoding reports every problem of a file in one run")
    func severalErrors() {
        let diagnostics = Load.errors(
            """
            name: many
            now: tomorrow
            turns:
              - user: hi
                action: Elicit
                bot: {matches: "["}
              - approve: Alice
            expect: {meetings: {absent: [{}]}}
            """
        )
        #expect(
            diagnostics.sorted { $0.span! < $1.span! }.map(\.code.id) == [
                "invalid-now", "unknown-action", "invalid-regex", "type-mismatch", "empty-selector",
            ])
    }
}
