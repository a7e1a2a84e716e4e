import CodeHooks
import Foundation
import LexFacts
import MeetyLambda
import Testing

@Suite("Fulfillment hook")
struct FulfillmentTests {
    @Test("a free slot is stored as pending and the reply thanks the attendee")
    func success() async throws {
        let (hook, store) = try Fixtures.hook(meetings: [try Fixtures.ann()])
        let result = try await Wire.call(
            hook, Events.book(.fulfillmentCodeHook, Events.alice(), confirmation: .confirmed))
        #expect(result.action == .close && result.intentState == .fulfilled)
        #expect(
            result.text
                == "Thanks Alice, your 30-minute meeting on 2026-11-23 from 11:00 to 11:30 is requested and awaits approval."
        )
        #expect(result.text.range(of: "^Thanks Alice.*2026-11-23.*11:00.*11:30", options: .regularExpression) != nil)
        let stored = try #require(try await store.meeting(id: "00000000-0000-4000-8000-000000000001"))
        #expect(
            stored.attributes == [
                "meetingId": "00000000-0000-4000-8000-000000000001", "attendeeName": "Alice",
                "email": "alice@example.com", "date": "2026-11-23", "startTime": "11:00", "endTime": "11:30",
                "duration": "30", "status": "pending",
            ])
        #expect(try await store.allMeetings().count == 2)
    }

    @Test("a meeting may end exactly at 24:00; names and emails are trimmed")
    func midnightEnd() async throws {
        let (hook, store) = try Fixtures.hook()
        let slots = Events.slots(
            name: " Alice ", date: "2026-11-23", time: "23:00", duration: "sixty", email: "alice@example.com ")
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, slots))
        #expect(result.text.hasPrefix("Thanks Alice, your 60-minute meeting on 2026-11-23 from 23:00 to 24:00"))
        let stored = try await store.allMeetings()
        #expect(stored.map(\.attributes["endTime"]) == ["24:00"])
        #expect(stored.map(\.email) == ["alice@example.com"])
    }

    @Test("a conflict that appeared since the dialog gets the conflict reply and nothing is written")
    func conflictSince() async throws {
        let bob = try Fixtures.meeting("bob", "2026-11-23", "11:00", "11:30", .pending, name: "Bob")
        let (hook, store) = try Fixtures.hook(meetings: [try Fixtures.ann(), bob])
        let event = Events.book(.fulfillmentCodeHook, Events.alice(), confirmation: .confirmed)
        let result = try await Wire.call(hook, event)
        #expect(result.action == .elicitSlot && result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
        #expect(result.response.sessionState.intent?.confirmationState == ConfirmationState.none)
        #expect(
            result.text
                == "Sorry, 11:00-11:30 on 2026-11-23 clashes with the meeting booked 11:00-11:30. The earliest free start "
                + "for a 30-minute meeting at or after 11:00 is 11:30. What time should the meeting start?")
        #expect(try await store.allMeetings().count == 2)
    }

    @Test("a slot taken between the check and the atomic insert gets the conflict reply over the whole day")
    func raceAtInsert() async throws {
        let bob = try Fixtures.meeting("bob", "2026-11-23", "11:15", "11:30", .pending, name: "Bob")
        let carol = try Fixtures.meeting("carol", "2026-11-23", "11:30", "12:00", name: "Carol")
        let store = try RacingMeetingStore(meetings: [try Fixtures.ann(), carol], interloper: bob)
        let hook = MeetyCodeHook(store: store, clock: FixedClock(Fixtures.now), ids: SequentialMeetingIDs())
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, Events.alice()))
        #expect(result.slotToElicit == "MeetingTime" && result.isNull("MeetingTime"))
        #expect(
            result.text
                == "Sorry, 11:00-11:30 on 2026-11-23 clashes with the meeting booked 11:15-11:30. The earliest free "
                + "start for a 30-minute meeting at or after 11:00 is 12:00. What time should the meeting start?")
        #expect(try await store.allMeetings().map(\.meetingId) == ["m-ann", "bob", "carol"])
    }

    @Test("a failing store closes as Failed with an apology and nothing written", arguments: [true, false])
    func storeFailure(readsWork: Bool) async throws {
        let store = FailingMeetingStore(readsWork: readsWork)
        let hook = MeetyCodeHook(store: store, clock: FixedClock(Fixtures.now), ids: SequentialMeetingIDs())
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, Events.alice()))
        #expect(result.action == .close && result.intentState == .failed)
        #expect(
            result.text
                == "Sorry, the meeting calendar is unavailable right now, so nothing was booked. Please try again later."
        )
        #expect(await store.insertAttempts == (readsWork ? 1 : 0))
    }

    @Test("a duplicate id from the generator is a store failure, never an overwrite")
    func duplicateId() async throws {
        let taken = try Fixtures.meeting(SequentialMeetingIDs.id(number: 1), "2026-11-30", "09:00", "10:00")
        let (hook, store) = try Fixtures.hook(meetings: [taken])
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, Events.alice()))
        #expect(result.intentState == .failed)
        #expect(try await store.allMeetings() == [taken])
    }

    @Test(
        "a slot still missing at fulfillment is elicited, in priority order, never thanked as None",
        arguments: [
            ("FullName", "Before I can book the meeting I need your name. What is your name?"),
            ("MeetingDate", "Before I can book the meeting I need the date. Which day would you like to meet?"),
            ("MeetingTime", "Before I can book the meeting I need the start time. What time should the meeting start?"),
            (
                "MeetingDuration",
                "Before I can book the meeting I need the duration. How long should it be, 30 or 60 minutes?"
            ),
            (
                "AttendeeEmail",
                "Before I can book the meeting I need your email address. What email address should I send the invitation to?"
            ),
        ])
    func missingSlot(slot: String, message: String) async throws {
        let (hook, store) = try Fixtures.hook()
        var slots = Events.alice()
        slots.updateValue(nil, forKey: slot)
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, slots))
        #expect(result.action == .elicitSlot && result.slotToElicit == slot && result.isNull(slot))
        #expect(result.text == message)
        #expect(!result.text.contains("None") && !result.text.contains("Thanks"))
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test(
        "every dialog rule is checked again at fulfillment",
        arguments: [
            ("FullName", "   ", "FullName", "Sorry, I didn't catch your name. What is your name?"),
            (
                "MeetingDate", "2026-11-19", "MeetingDate",
                "Sorry, 2026-11-19 is in the past (today is 2026-11-20). Which day would you like to meet?"
            ),
            (
                "MeetingDuration", "45", "MeetingDuration",
                "Sorry, a meeting can last 30 or 60 minutes, not \"45\". How long should it be, 30 or 60 minutes?"
            ),
            (
                "MeetingTime", "23:45", "MeetingTime",
                "Sorry, a 30-minute meeting starting at 23:45 would end after midnight. The latest start that ends by "
                    + "24:00 is 23:30. What time should the meeting start?"
            ),
            (
                "MeetingTime", "MO", "MeetingTime",
                "The morning is not an exact start time. Did you mean 09:00, 10:00 or 11:00?"
            ),
            (
                "AttendeeEmail", "", "AttendeeEmail",
                "Sorry, I didn't catch your email address. What email address should I send the invitation to?"
            ),
        ] as [(String, String, String, String)])
    func rulesAgain(slot: String, value: String, elicited: String, message: String) async throws {
        let (hook, store) = try Fixtures.hook()
        var slots = Events.alice()
        slots[slot] = Events.slot(value)
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, slots))
        #expect(result.slotToElicit == elicited && result.isNull(elicited))
        #expect(result.text == message)
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test("a past time on today is refused at fulfillment too")
    func pastTimeToday() async throws {
        let (hook, store) = try Fixtures.hook(now: try #require(LocalDateTime(iso: "2026-11-23T12:00")))
        let result = try await Wire.call(hook, Events.book(.fulfillmentCodeHook, Events.alice()))
        #expect(
            result.text
                == "Sorry, 11:00 today has already passed (it is 12:00 now). What time should the meeting start?")
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test("two sessions fulfilling overlapping requests at once: exactly one is booked")
    func concurrentSessions() async throws {
        let (hook, store) = try Fixtures.hook()
        let events = [Events.alice(time: "11:00", duration: "60"), Events.alice(time: "11:30", duration: "30")]
            .map { Events.book(.fulfillmentCodeHook, $0) }
        let results = try await withThrowingTaskGroup(of: (IntentState?, String?).self) { group in
            for event in events {
                group.addTask {
                    let result = try await Wire.call(hook, event)
                    return (result.intentState, result.slotToElicit)
                }
            }
            var results: [(IntentState?, String?)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.filter { $0.0 == .fulfilled }.count == 1)
        #expect(results.filter { $0.1 == "MeetingTime" }.count == 1)
        #expect(try await store.allMeetings().count == 1)
    }
}
