import CodeHooks
import LexFacts
import Testing

@testable import MeetyLambda

@Suite("Booking rules")
struct BookingRulesTests {
    @Test("conflict reports ignore rejected meetings and other dates whatever the store returns")
    func reportFilters() throws {
        let meetings = [
            try Fixtures.meeting("r", "2026-11-23", "10:00", "11:00", .rejected),
            try Fixtures.meeting("t", "2026-11-24", "10:00", "11:00"),
        ]
        let start = try #require(TimeOfDay(hhmm: "10:30"))
        #expect(ConflictReport(date: Fixtures.monday, start: start, duration: 30, active: meetings) == nil)
        let clash = ConflictReport(
            date: Fixtures.monday, start: start, duration: nil,
            active: meetings + [try Fixtures.ann(), try Fixtures.ann().withId("twin")])
        #expect(clash?.clashes.map(\.hhmmRange) == ["10:00-11:00"])
        #expect(clash?.requested == nil && clash?.proposalDuration == 30 && clash?.proposal?.hhmm == "11:00")
    }

    @Test("missing slots are reported in priority order")
    func missingOrder() {
        let rules = BookingRules(now: Fixtures.now)
        let request = BookingRequest(intent: Intent(name: "BookMeeting", slots: Events.slots(time: "10:00")))
        #expect(rules.missingSlot(in: request) == .missing(.fullName))
        let almost = BookingRequest(intent: Intent(name: "BookMeeting", slots: Events.alice()))
        #expect(rules.missingSlot(in: almost) == nil)
        #expect(rules.firstProblem(in: almost) == nil)
    }

    @Test("slot readings distinguish unfilled, blank, unparsable and values")
    func readings() {
        var slots = Events.slots(name: " ", date: "tomorrow", duration: "thirty")
        slots["MeetingTime"] = Events.slot(nil, said: "at 3", resolved: ["15:00", "03:00"])
        let request = BookingRequest(intent: Intent(name: "BookMeeting", slots: slots))
        #expect(request.name == .blank)
        #expect(request.date == .unparsable("tomorrow"))
        #expect(request.time == .value(.ambiguous([TimeOfDay(hhmm: "03:00")!, TimeOfDay(hhmm: "15:00")!])))
        #expect(request.duration == .value(30))
        #expect(request.email == .unfilled)
        #expect(request.heard[.meetingTime] == "at 3")
    }
}
