import CodeHooks
import MeetyLambda
import Testing

@Suite("Dialog hook: duration and midnight rules")
struct DialogDurationRuleTests {
    @Test(
        "30 and 60 minutes pass in every form the slot can carry",
        arguments: [
            ("30", "30", ["30"]), ("thirty", "thirty", ["30"]), ("half an hour", "half an hour", ["30"]),
            ("half an hour", "half an hour", []), ("30 minutes", "30 minutes", []), ("PT30M", "30 min", []),
            ("30.0", "30.0", []), ("sixty", "sixty", []), ("an hour", "an hour", ["60"]), ("PT1H", "an hour", []),
            ("weird", "weird", ["60"]),
        ] as [(String, String, [String])])
    func allowed(interpreted: String, said: String, resolved: [String]) async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-23", time: "11:00")
        slots["MeetingDuration"] = Events.slot(interpreted, said: said, resolved: resolved)
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .delegate, "\(interpreted) \(resolved)")
    }

    @Test(
        "any other duration re-elicits MeetingDuration and quotes what was said",
        arguments: [
            ("45", "45", "45"), ("-30", "-30", "-30"), ("90 min", "90 min", "90 min"),
            ("banana", "banana", "banana"), ("PT1H30M", "an hour and a half", "an hour and a half"),
            ("0", "zero", "zero"), ("30.5", "30.5", "30.5"),
        ])
    func refused(interpreted: String, said: String, quoted: String) async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-23", time: "11:00")
        slots["MeetingDuration"] = Events.slot(interpreted, said: said, resolved: [])
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingDuration")
        #expect(result.isNull("MeetingDuration") && result.value("MeetingTime") == "11:00")
        #expect(
            result.text
                == "Sorry, a meeting can last 30 or 60 minutes, not \"\(quoted)\". How long should it be, 30 or 60 minutes?"
        )
    }

    @Test("a meeting ending after midnight names the latest start that ends by 24:00")
    func endsAfterMidnight() async throws {
        let (hook, _) = try Fixtures.hook()
        let cases = [
            (
                "23:30", "60",
                "Sorry, a 60-minute meeting starting at 23:30 would end after midnight. The latest start "
                    + "that ends by 24:00 is 23:00. What time should the meeting start?"
            ),
            (
                "23:45", "30",
                "Sorry, a 30-minute meeting starting at 23:45 would end after midnight. The latest start "
                    + "that ends by 24:00 is 23:30. What time should the meeting start?"
            ),
        ]
        for (time, duration, message) in cases {
            let slots = Events.slots(name: "Alice", date: "2026-11-23", time: time, duration: duration)
            let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
            #expect(result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
            #expect(result.value("MeetingDuration") == duration)
            #expect(result.text == message)
        }
    }

    @Test("ending exactly at 24:00 passes; a late start without a duration is not refused yet")
    func endsAtMidnight() async throws {
        let (hook, _) = try Fixtures.hook()
        for (time, duration) in [("23:30", "30"), ("23:00", "60"), ("23:59", nil)] {
            let slots = Events.slots(name: "Alice", date: "2026-11-23", time: time, duration: duration)
            #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, slots)).action == .delegate)
        }
    }

    @Test("rule order: ambiguous time, then duration, then the midnight rule")
    func order() async throws {
        let (hook, _) = try Fixtures.hook()
        var slots = Events.slots(name: "Alice", date: "2026-11-23", duration: "45")
        slots["MeetingTime"] = Events.slot(nil, said: "11", resolved: ["11:00", "23:00"])
        #expect(try await Wire.call(hook, Events.book(.dialogCodeHook, slots)).slotToElicit == "MeetingTime")
        slots = Events.slots(name: "Alice", date: "2026-11-23", time: "23:45", duration: "90")
        let result = try await Wire.call(hook, Events.book(.dialogCodeHook, slots))
        #expect(result.slotToElicit == "MeetingDuration" && result.value("MeetingTime") == "23:45")
    }
}
