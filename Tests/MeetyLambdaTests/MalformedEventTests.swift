import CodeHooks
import MeetyLambda
import Testing

@Suite("Malformed events")
struct MalformedEventTests {
    @Test("an event without an intent is asked for one", arguments: InvocationSource.allCases)
    func noIntent(source: InvocationSource) async throws {
        let (hook, _) = try Fixtures.hook()
        let result = try await Wire.call(hook, Events.event(source, intent: nil))
        #expect(result.action == .elicitIntent)
        #expect(
            result.text == "Sorry, I lost track of what we were doing. I can book meetings: say \"book a meeting\".")
    }

    @Test("no slots dictionary: the dialog delegates; fulfillment asks for the name and invents no other slot")
    func missingSlotsDictionary() async throws {
        let (hook, store) = try Fixtures.hook()
        let dialog = try await Wire.call(hook, Events.book(.dialogCodeHook, nil))
        #expect(dialog.action == .delegate)
        let fulfillment = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, nil))
        #expect(fulfillment.slotToElicit == "FullName")
        #expect(fulfillment.isNull("FullName"))
        #expect(fulfillment.response.sessionState.intent?.slots?.keys.sorted() == ["FullName"])
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test("all slots null: the dialog delegates with the slots unchanged")
    func allNull() async throws {
        let (hook, _) = try Fixtures.hook()
        let event = Events.book(.dialogCodeHook, Events.slots())
        let result = try await Wire.call(hook, event)
        #expect(result.action == .delegate)
        #expect(result.response.sessionState.intent?.slots == event.sessionState.intent?.slots)
        #expect(result.isNull("MeetingTime"))
    }

    @Test("unknown slot names are kept untouched, also when a known slot is re-elicited")
    func unknownSlots() async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-01")
        slots["Mood"] = Events.slot("happy")
        slots.updateValue(nil, forKey: "Extra")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.slotToElicit == "MeetingDate")
        #expect(result.value("Mood") == "happy" && result.isNull("Extra"))
    }

    @Test(
        "empty strings are re-elicited with a message instead of being used",
        arguments: [
            ("FullName", "Sorry, I didn't catch your name. What is your name?"),
            ("MeetingDate", "Sorry, I didn't catch the date. Which day would you like to meet?"),
            ("MeetingTime", "Sorry, I didn't catch the start time. What time should the meeting start?"),
            ("MeetingDuration", "Sorry, I didn't catch the duration. How long should it be, 30 or 60 minutes?"),
            (
                "AttendeeEmail",
                "Sorry, I didn't catch your email address. What email address should I send the invitation to?"
            ),
        ])
    func emptyStrings(slot: String, message: String) async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.alice()
        slots[slot] = Events.slot("")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.slotToElicit == slot && result.isNull(slot))
        #expect(result.text == message)
    }

    @Test("a slot without a value, or with a list of values, is read safely")
    func oddShapes() async throws {
        let (hook, store) = try Fixtures.hook()
        var slots = Events.alice()
        slots["FullName"] = Slot(shape: "List", value: nil, values: [Events.slot("Alice")])
        slots["AttendeeEmail"] = Slot(shape: "Scalar", value: nil, values: nil)
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, slots))
        #expect(result.slotToElicit == "AttendeeEmail")
        slots["AttendeeEmail"] = Events.slot("alice@example.com")
        let booked = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, slots))
        #expect(booked.text.hasPrefix("Thanks Alice,"))
        #expect(try await store.allMeetings().count == 1)
    }

    @Test("an empty session id and transcript are fine")
    func emptyStringsEverywhere() async throws {
        let (hook, store) = try Fixtures.hook()
        var event = Events.book(.fulfillmentCodeHook, Events.alice())
        event.sessionId = ""
        event.inputTranscript = ""
        event.sessionState.sessionAttributes = nil
        let result = try await Wire.call(hook, event)
        #expect(result.intentState == .fulfilled)
        #expect(try await store.allMeetings().count == 1)
    }

    @Test("seeded random slot values always get a valid response", arguments: [11, 12] as [UInt64])
    func fuzz(seed: UInt64) async throws {
        var random = SeededGenerator(seed: seed)
        let pool: [String?] = [
            nil, "", " ", "Alice", "2026-11-23", "2026-11-19", "2026-11-20", "10:30", "08:00", "23:45", "24:00",
            "MO", "30", "60", "45", "-30", "thirty", "PT30M", "PT", "🙂", "None", "null", "99999999999999999999",
            "a@b.c", String(repeating: "9", count: 500), "2026-13-45", "25:61",
        ]
        let (hook, store) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        for _ in 0..<300 {
            var slots: [String: Slot?] = [:]
            for name in ["FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail", "Other"] {
                let value = pool.randomElement(using: &random)!
                let resolved = Bool.random(using: &random) ? nil : [pool.randomElement(using: &random)! ?? "x"]
                slots.updateValue(value.map { Events.slot($0, resolved: resolved) }, forKey: name)
            }
            let source = InvocationSource.allCases.randomElement(using: &random)!
            let result = try await Wire.call(hook, Events.book(source, slots))
            if result.intentState == .fulfilled {
                #expect(result.text.hasPrefix("Thanks ") && !result.text.hasPrefix("Thanks ,"))
            }
        }
        let stored = try await store.activeMeetings(on: Fixtures.monday)
        for (index, first) in stored.enumerated() {
            for second in stored[(index + 1)...] { #expect(!first.interval.overlaps(second.interval)) }
        }
    }
}
