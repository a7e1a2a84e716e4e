import CodeHooks
import MeetyLambda
import Testing

/// DESIGN §7's conversation, with the events the simulator sends on each turn.
@Suite("DESIGN §7 example")
struct DesignExampleTests {
    @Test("Alice is offered 11:00 after a clash, books 11:00-11:30, the admin approves, Bob is refused")
    func conversation() async throws {
        let (hook, store) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        var slots = Events.slots()
        func turn(_ source: InvocationSource = .dialogCodeHook) async throws -> WireResult {
            let result = try await Wire.call(hook, Events.book(source, slots))
            slots = result.response.sessionState.intent?.slots ?? slots
            return result
        }
        #expect(try await turn().action == .delegate)
        slots["FullName"] = Events.slot("Alice")
        #expect(try await turn().action == .delegate)
        slots["MeetingDate"] = Events.slot("2026-11-23", said: "next monday")
        #expect(try await turn().action == .delegate)
        slots["MeetingTime"] = Events.slot("10:30")
        let clash = try await turn()
        #expect(clash.text.contains("10:00-11:00") && clash.text.contains("is 11:00."))
        #expect(clash.action == .elicitSlot && clash.slotToElicit == "MeetingTime" && clash.isNull("MeetingTime"))
        slots["MeetingTime"] = Events.slot("11:00", said: "11 am")
        #expect(try await turn().action == .delegate)
        slots["MeetingDuration"] = Events.slot("half an hour", resolved: ["30"])
        #expect(try await turn().action == .delegate)
        slots["AttendeeEmail"] = Events.slot("alice@example.com")
        #expect(try await turn().action == .delegate)
        let done = try await turn(.fulfillmentCodeHook)
        #expect(done.intentState == .fulfilled)
        #expect(done.text.range(of: "^Thanks Alice.*2026-11-23.*11:00.*11:30", options: .regularExpression) != nil)

        let alice = try #require(try await store.allMeetings().first { $0.attendeeName == "Alice" })
        #expect(alice.status == .pending)
        try await store.approve(meetingId: alice.meetingId)

        let bob = Events.slots(name: "Bob", date: "2026-11-23", time: "11:15")
        let refused = try await Wire.call(hook, Events.book(.dialogCodeHook, bob))
        #expect(
            refused.text
                == "Sorry, 11:15 on 2026-11-23 clashes with the meeting booked 11:00-11:30. The earliest free start for a "
                + "30-minute meeting at or after 11:15 is 11:30. What time should the meeting start?")
        let created = try await store.allMeetings().filter { $0.meetingId != "m-ann" }
        #expect(created.map(\.description) == ["00000000-0000-4000-8000-000000000001 2026-11-23 11:00-11:30 approved"])
    }
}
