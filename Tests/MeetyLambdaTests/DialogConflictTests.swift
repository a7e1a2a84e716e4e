import CodeHooks
import LexFacts
import MeetyLambda
import Testing

@Suite("Dialog hook: conflicts")
struct DialogConflictTests {
    @Test("a start inside a meeting is a conflict as soon as date and time are known")
    func startInside() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        let slots = Events.slots(name: "Alice", date: "2026-11-23", time: "10:30")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
        #expect(
            result.text
                == "Sorry, 10:30 on 2026-11-23 clashes with the meeting booked 10:00-11:00. The earliest free start "
                + "for a 30-minute meeting at or after 10:30 is 11:00. What time should the meeting start?")
        #expect(result.value("MeetingDate") == "2026-11-23" && result.value("FullName") == "Alice")
    }

    @Test("back-to-back starts and starts before a meeting pass while the duration is unknown")
    func startOutside() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        for time in ["11:00", "09:45", "09:59"] {
            let slots = Events.slots(date: "2026-11-23", time: time)
            #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, slots)).action == .delegate, "\(time)")
        }
    }

    @Test("once the duration is known the whole span is checked; touching spans pass")
    func wholeSpan() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        let clash = Events.slots(date: "2026-11-23", time: "09:45", duration: "30")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, clash))
        #expect(result.slotToElicit == "MeetingTime" && result.value("MeetingDuration") == "30")
        #expect(
            result.text
                == "Sorry, 09:45-10:15 on 2026-11-23 clashes with the meeting booked 10:00-11:00. The earliest free "
                + "start for a 30-minute meeting at or after 09:45 is 11:00. What time should the meeting start?")
        for (time, duration) in [("09:30", "30"), ("09:00", "60"), ("11:00", "60")] {
            let slots = Events.slots(date: "2026-11-23", time: time, duration: duration)
            #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, slots)).action == .delegate)
        }
    }

    @Test("a request inside a longer meeting conflicts (the case the original missed)")
    func contained() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        let slots = Events.slots(date: "2026-11-23", time: "10:15", duration: "30")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.text.hasPrefix("Sorry, 10:15-10:45 on 2026-11-23 clashes with the meeting booked 10:00-11:00."))
    }

    @Test("pending meetings block, rejected ones do not, and every clash is named")
    func statuses() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [
            try Fixtures.ann(), try Fixtures.meeting("bob", "2026-11-23", "11:00", "11:30", .pending, name: "Bob"),
            try Fixtures.meeting("eve", "2026-11-23", "11:30", "13:00", .rejected, name: "Eve"),
        ])
        let slots = Events.slots(date: "2026-11-23", time: "10:45", duration: "60")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(
            result.text
                == "Sorry, 10:45-11:45 on 2026-11-23 clashes with the meetings booked 10:00-11:00 and 11:00-11:30. The "
                + "earliest free start for a 60-minute meeting at or after 10:45 is 11:30. What time should the meeting "
                + "start?")
        let free = Events.slots(date: "2026-11-23", time: "12:00", duration: "60")
        #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, free)).action == .delegate)
    }

    @Test("no free start later that day: the day is full for the request and MeetingDate is re-elicited")
    func dayFull() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [
            try Fixtures.meeting("late", "2026-11-23", "22:00", "24:00"),
            try Fixtures.meeting("mid", "2026-11-23", "20:00", "21:45"),
        ])
        let slots = Events.slots(name: "Alice", date: "2026-11-23", time: "21:00", duration: "30")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingDate" && result.isNull("MeetingDate"))
        #expect(result.value("MeetingTime") == "21:00" && result.value("MeetingDuration") == "30")
        #expect(
            result.text
                == "Sorry, 21:00-21:30 on 2026-11-23 clashes with the meeting booked 20:00-21:45, and 2026-11-23 is "
                + "full for a 30-minute meeting at or after 21:00. Which other day would you like to meet?")
        let shorter = Events.slots(date: "2026-11-23", time: "21:45")
        let gap = try await Wire.call(hook, Events.book(.dialogCodeHook, shorter))
        #expect(gap.action == .delegate)
    }

    @Test("other days and other dates' meetings do not clash")
    func otherDay() async throws {
        let (hook, _) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        let slots = Events.slots(date: "2026-11-24", time: "10:30", duration: "60")
        #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, slots)).action == .delegate)
    }

    @Test("a store that cannot be read closes the intent as Failed with an apology")
    func storeDown() async throws {
        let store = FailingMeetingStore(readsWork: false)
        let hook = MeetyCodeHook(store: store, clock: FixedClock(Fixtures.now), ids: SequentialMeetingIDs())
        let slots = Events.slots(name: "Alice", date: "2026-11-23", time: "10:30")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .close && result.intentState == .failed)
        #expect(
            result.text
                == "Sorry, the meeting calendar is unavailable right now, so nothing was booked. Please try again later."
        )
        let past = Events.slots(date: "2026-11-01", time: "10:30")
        #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, past)).slotToElicit == "MeetingDate")
        let noTime = Events.slots(date: "2026-11-23")
        #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, noTime)).action == .delegate)
    }
}
