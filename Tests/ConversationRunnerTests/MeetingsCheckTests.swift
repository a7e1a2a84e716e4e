import ConversationRunner
import MeetyDiagnostics
import Testing

private let seeded = """
    given:
      meetings:
        - {meetingId: m-ann, attendeeName: Ann, email: ann@example.com, date: 2026-01-06,
           startTime: "10:00", endTime: "11:00", duration: "60", status: pending}
        - {meetingId: m-bob, attendeeName: Bob, email: bob@example.com, date: 2026-01-06,
           startTime: "13:00", endTime: "13:30", duration: "30", status: approved}
    """

@Suite("Runner: store steps and expect.meetings")
struct MeetingsCheckTests {
    @Test("approve and reject change the one record their selector matches")
    func approveReject() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: admin
            \(seeded)
            turns:
              - approve: {attendeeName: Ann}
              - reject: {meetingId: m-bob}
            expect:
              meetings:
                created: []
                count: {approved: 1, rejected: 1, pending: 0}
                absent: [{status: pending}]
            """
        )
        #expect(result.status == .passed, "\(result.failures)")
    }

    @Test("a selector matching no record or several fails the step")
    func selectorMustMatchOne() async throws {
        let none = try await RunnerSupport.runOne("name: none\n\(seeded)\nturns:\n  - approve: {attendeeName: Zed}\n")
        #expect(
            none.failures.map(\.message) == [
                "step 1: approve {attendeeName: Zed} matches no record; it must match exactly one"
            ])
        let two = try await RunnerSupport.runOne("name: two\n\(seeded)\nturns:\n  - reject: {date: 2026-01-06}\n")
        #expect(two.failures.first?.message.contains("matches 2 records") == true)
        #expect(two.failures.first?.code == .storeStepFailed)
    }

    @Test("created, absent and count report what differs")
    func meetingExpectations() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: expectations
            \(seeded)
            turns:
              - user: Hello
            expect:
              meetings:
                created: [{attendeeName: Ann}]
                absent: [{attendeeName: Bob}]
                count: {pending: 2}
            """
        )
        #expect(result.failures.map(\.code) == [.meetingsMismatch, .meetingsMismatch, .meetingsMismatch])
        #expect(
            result.failures[0].message == "expected 1 created meeting [{attendeeName: Ann}] but 0 were created: none")
        #expect(
            result.failures[1].message.hasPrefix(
                "expected no meeting matching {attendeeName: Bob} but found Bob 2026-01-06"))
        #expect(result.failures[2].message == "expected 2 pending meetings in the store but there is 1")
    }

    @Test("a booking through the hooks creates exactly the expected pending record")
    func bookingCreatesRecord() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: books
            \(seeded)
            turns:
              - user: book a meeting on 2026-01-06 at 11:00
              - user: my name is Cy
              - user: half an hour
              - user: cy@example.com
                action: ConfirmIntent
              - user: yes
                state: Fulfilled
                bot: {matches: "^Thanks Cy.*2026-01-06.*11:00.*11:30"}
            expect:
              meetings:
                created:
                  - {attendeeName: Cy, email: cy@example.com, date: 2026-01-06, startTime: "11:00", endTime: "11:30",
                     duration: "30", status: pending}
                count: {pending: 2, approved: 1}
            """
        )
        #expect(result.status == .passed, "\(result.failures) \(result.transcript)")
    }
}
