import CodeHooks
import MeetyLambda
import Testing

@Suite("Dialog hook: date and time rules")
struct DialogDateTimeRuleTests {
    @Test("a date before today clears and re-elicits MeetingDate, keeping the other slots")
    func pastDate() async throws {
        let (hook, _) = try Fixtures.hook()
        let slots = Events.slots(name: "Alice", date: "2026-11-19", time: "08:00")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingDate")
        #expect(
            result.text == "Sorry, 2026-11-19 is in the past (today is 2026-11-20). Which day would you like to meet?")
        #expect(result.isNull("MeetingDate"))
        #expect(result.value("FullName") == "Alice" && result.value("MeetingTime") == "08:00")
        #expect(result.intentState == .inProgress)
        #expect(result.response.sessionState.sessionAttributes == ["channel": "web"])
    }

    @Test("today and later dates pass", arguments: ["2026-11-20", "2026-11-21", "2027-01-01"])
    func presentDates(date: String) async throws {
        let (hook, _) = try Fixtures.hook()
        let event = Events.book(.dialogCodeHook, Events.slots(name: "Alice", date: date))
        let result = try await Wire.call(hook, event)
        #expect(result.action == .delegate)
        #expect(result.response.sessionState.intent == event.sessionState.intent)
        #expect(result.messages.isEmpty)
    }

    @Test("a time earlier than now today re-elicits MeetingTime; now itself and other days pass")
    func pastTime() async throws {
        let (hook, _) = try Fixtures.hook()
        let past = try await Wire.call(
            hook, Events.book(.dialogCodeHook, Events.slots(date: "2026-11-20", time: "08:59")))
        #expect(past.action == .elicitSlot && past.slotToElicit == "MeetingTime" && past.isNull("MeetingTime"))
        #expect(
            past.text == "Sorry, 08:59 today has already passed (it is 09:00 now). What time should the meeting start?")
        #expect(past.value("MeetingDate") == "2026-11-20")
        for (date, time) in [("2026-11-20", "09:00"), ("2026-11-21", "08:00"), (nil, "08:00")] {
            let result = try await Wire.call(hook, Events.book(.dialogCodeHook, Events.slots(date: date, time: time)))
            #expect(result.action == .delegate, "\(String(describing: date)) \(time)")
        }
    }

    @Test("the first failing rule wins: a past date before a past or ambiguous time")
    func ruleOrder() async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(date: "2026-11-01")
        slots["MeetingTime"] = Events.slot(nil, said: "at 3", resolved: ["03:00", "15:00"])
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.slotToElicit == "MeetingDate")
        #expect(result.value("MeetingTime") == nil && !result.isNull("MeetingTime"))
    }

    @Test(
        "an ambiguous time asks which of the candidates",
        arguments: [
            (["03:00", "15:00"], "Did you mean 03:00 or 15:00?"),
            (["22:30", "10:30"], "Did you mean 10:30 or 22:30?"),
            (["15:00", "03:00", "09:00", "03:00"], "Did you mean 03:00, 09:00 or 15:00?"),
            (["03:00", "soon"], "Did you mean 03:00?"),
        ] as [([String], String)])
    func ambiguousTime(candidates: [String], message: String) async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-23")
        slots["MeetingTime"] = Events.slot(nil, said: "at 3", resolved: candidates)
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
        #expect(result.text == message)
        #expect(result.value("MeetingDate") == "2026-11-23")
    }

    @Test(
        "a part of the day is a range, not a start: the bot offers start times",
        arguments: [
            ("MO", "The morning is not an exact start time. Did you mean 09:00, 10:00 or 11:00?"),
            ("AF", "The afternoon is not an exact start time. Did you mean 13:00, 14:00 or 15:00?"),
            ("EV", "The evening is not an exact start time. Did you mean 17:00, 18:00 or 19:00?"),
            ("NI", "The night is not an exact start time. Did you mean 20:00, 21:00 or 22:00?"),
        ])
    func partOfDay(code: String, message: String) async throws {
        let (hook, _) = try Fixtures.hook()
        for slot in [Events.slot(code, said: "in the morning"), Events.slot(nil, said: "morning", resolved: [code])] {
            var slots = Events.slots(name: "Alice")
            slots["MeetingTime"] = slot
            let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
            #expect(result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
            #expect(result.text == message)
        }
    }

    @Test("an unresolved value (no interpreted value, no candidates) is left to Lex's re-prompt")
    func unresolved() async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-23")
        slots["MeetingTime"] = Events.slot(nil, said: "whenever", resolved: [])
        slots["MeetingDate"] = Events.slot(nil, said: "13/13/1993", resolved: [])
        let event = Events.book(.dialogCodeHook, slots)
        let result = try await Wire.call(hook, event)
        #expect(result.action == .delegate)
        #expect(result.response.sessionState.intent?.slots == event.sessionState.intent?.slots)
    }

    @Test(
        "values no date or time resolution produces re-elicit with what was heard",
        arguments: [
            (
                "MeetingDate", "13/13/1993", "MeetingDate",
                "Sorry, I could not understand \"13/13/1993\" as a date. Which day would you like to meet?"
            ),
            (
                "MeetingDate", "2026-02-30", "MeetingDate",
                "Sorry, I could not understand \"2026-02-30\" as a date. Which day would you like to meet?"
            ),
            (
                "MeetingTime", "banana", "MeetingTime",
                "Sorry, I could not understand \"banana\" as a start time. What time should the meeting start?"
            ),
            (
                "MeetingTime", "24:00", "MeetingTime",
                "Sorry, I could not understand \"24:00\" as a start time. What time should the meeting start?"
            ),
            (
                "MeetingTime", "3pm", "MeetingTime",
                "Sorry, I could not understand \"3pm\" as a start time. What time should the meeting start?"
            ),
        ] as [(String, String, String, String)])
    func unparsable(slot: String, value: String, elicited: String, message: String) async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice")
        slots[slot] = Events.slot(value)
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.slotToElicit == elicited && result.isNull(elicited))
        #expect(result.text == message)
        #expect(result.value("FullName") == "Alice")
    }
}
