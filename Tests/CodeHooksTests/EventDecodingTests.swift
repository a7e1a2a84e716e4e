import CodeHooks
import Foundation
import Testing

/// What each realistic event carries once decoded: the Lex facts the hooks rely on.
@Suite("Event decoding")
struct EventDecodingTests {
    private let bookMeetingSlots: Set = ["FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail"]

    @Test("first dialog turn: every slot present and null, fallback without confidence, Initial prompt")
    func firstTurn() throws {
        let event = try Fixture.event("dialog-first-turn")
        #expect(event.invocationSource == .dialogCodeHook)
        #expect(event.inputMode == .text)
        let slots = try #require(event.sessionState.intent?.slots)
        #expect(Set(slots.keys) == bookMeetingSlots)
        #expect(slots.values.allSatisfy { $0 == nil })
        #expect(event.interpretations.map(\.intent.name) == ["BookMeeting", "FallbackIntent", "StartMeety"])
        #expect(event.interpretations.map(\.nluConfidence) == [1.0, nil, 0.25])
        #expect(event.interpretations[1].intent.slots?.isEmpty == true)
        let proposed = try #require(event.proposedNextState)
        #expect(proposed.dialogAction == DialogAction(type: .elicitSlot, slotToElicit: "FullName"))
        #expect(proposed.prompt == .initial)
        #expect(event.invocationLabel == nil)
        #expect(event.requestAttributes == nil)
        #expect(event.currentIntent?.name == "BookMeeting")
    }

    @Test("unresolved date: originalValue only, empty resolvedValues, Retry1 re-prompt")
    func unresolvedDate() throws {
        let event = try Fixture.event("dialog-unresolved-date")
        let intent = try #require(event.sessionState.intent)
        let date = try #require(intent.slot("MeetingDate")?.value)
        #expect(date == SlotValue(originalValue: "13/13/2026", interpretedValue: nil, resolvedValues: []))
        #expect(intent.interpretedValue(of: "MeetingDate") == nil)
        #expect(intent.interpretedValue(of: "FullName") == "Alice")
        #expect(intent.slot("MeetingTime") == nil)
        #expect(intent.slot("NoSuchSlot") == nil)
        #expect(event.proposedNextState?.prompt == .retry(1))
        #expect(event.proposedNextState?.prompt?.attempt == "Retry1")
        #expect(event.proposedNextState?.dialogAction.slotToElicit == "MeetingDate")
        #expect(event.invocationLabel == "MeetingDateValidation")
        #expect(event.requestAttributes == ["client": "meety-web"])
        #expect(event.transcriptions?.first?.resolvedSlots?["MeetingDate"]??.value?.originalValue == "13/13/2026")
    }

    @Test("ambiguous time: two candidates and no interpreted value")
    func ambiguousTime() throws {
        let event = try Fixture.event("dialog-ambiguous-time")
        let intent = try #require(event.sessionState.intent)
        let time = try #require(intent.slot("MeetingTime")?.value)
        #expect(time.interpretedValue == nil)
        #expect(time.resolvedValues == ["03:00", "15:00"])
        #expect(time.originalValue == "3")
        #expect(intent.interpretedValue(of: "MeetingDate") == "2026-11-21")
        #expect(event.proposedNextState?.dialogAction.slotToElicit == "MeetingTime")
    }

    @Test("fulfillment: confirmed, ready for fulfillment, every slot filled, no proposed state")
    func fulfillment() throws {
        let event = try Fixture.event("fulfillment-confirmed")
        #expect(event.invocationSource == .fulfillmentCodeHook)
        let intent = try #require(event.sessionState.intent)
        #expect(intent.confirmationState == .confirmed)
        #expect(intent.state == .readyForFulfillment)
        #expect(bookMeetingSlots.allSatisfy { intent.interpretedValue(of: $0) != nil })
        #expect(intent.interpretedValue(of: "MeetingDuration") == "30")
        #expect(event.proposedNextState == nil)
        #expect(event.sessionState.sessionAttributes == ["bookingsToday": "1"])
    }

    @Test("a real-world event with fields this model does not hold still decodes")
    func realWorldEvent() throws {
        let data = try Fixture.data("RealWorld/event-with-extra-fields.json")
        let event = try CodeHookJSON.decodeEvent(data)
        #expect(event.inputMode == .speech)
        #expect(event.responseContentType == "audio/pcm")
        #expect(event.requestAttributes == nil)
        #expect(
            event.bot
                == BotInfo(
                    id: "FOODBOT123", name: "FoodBot", localeId: "en_GB", version: "12", aliasId: "PRODALIAS1",
                    aliasName: "prod"))
        let best = event.interpretations[0]
        #expect(best.sentimentResponse?.sentiment == "POSITIVE")
        #expect(best.sentimentResponse?.sentimentScore?.positive == 0.8)
        let items = try #require(best.intent.slot("Items"))
        #expect(items.shape == Slot.listShape)
        #expect(items.values?.compactMap { $0.value?.interpretedValue } == ["pizza", "pasta"])
        #expect(items.value?.resolvedValues == ["pizza", "pasta"])
        #expect(best.intent.slot("Delivery")?.shape == "Composite")
        #expect(best.intent.slot("Delivery")?.value?.originalValue == "for two on friday")
        #expect(event.interpretations[1].interpretationSource == "Bedrock")
        #expect(event.interpretations[1].intent.name == "KendraSearchIntent")
        #expect(event.interpretations[2].nluConfidence == nil)
        #expect(event.sessionState.activeContexts?.map(\.contextAttributes) == [["store": "central"], [:]])
        #expect(event.sessionState.dialogAction?.slotElicitationStyle == "SpellByWord")
        #expect(event.proposedNextState?.dialogAction.slotToElicit == "Delivery")
        #expect(event.transcriptions?.map(\.transcriptionConfidence) == [0.93, 0.41])
        #expect(event.transcriptions?[0].resolvedContext?.intent == "OrderFood")
        #expect(event.transcriptions?[0].resolvedSlots?["Items"]??.shape == Slot.listShape)
    }

    @Test("fields this model does not hold are dropped when the event is written again")
    func unmodelledFieldsAreDropped() throws {
        let event = try CodeHookJSON.decodeEvent(Fixture.data("RealWorld/event-with-extra-fields.json"))
        let text = String(decoding: try CodeHookJSON.encode(event), as: UTF8.self)
        for dropped in ["runtimeHints", "kendraResponse", "subSlots", "subSlotToElicit", "newFieldNobodyHasSeenYet"] {
            #expect(!text.contains(dropped), "\(dropped)")
        }
        #expect(text.contains(#""sentimentResponse""#))
        #expect(try CodeHookJSON.decodeEvent(Data(text.utf8)) == event)
    }

    @Test("an unknown invocation source names the value and the valid ones")
    func unknownInvocationSource() throws {
        let text = String(decoding: try Fixture.data("Events/dialog-first-turn.json"), as: UTF8.self)
            .replacingOccurrences(of: #""invocationSource": "DialogCodeHook""#, with: #""invocationSource": "Dialog""#)
        let error = #expect(throws: CodeHookJSONError.self) { try CodeHookJSON.decodeEvent(Data(text.utf8)) }
        #expect(error?.kind == .invalidValue)
        #expect(error?.path == "invocationSource")
        #expect(
            error?.message
                == "invalid value for invocationSource: unknown value 'Dialog'; "
                + "valid values: DialogCodeHook, FulfillmentCodeHook"
        )
    }

    @Test("an unknown input mode names the value and the valid ones")
    func unknownInputMode() throws {
        let text = String(decoding: try Fixture.data("Events/dialog-first-turn.json"), as: UTF8.self)
            .replacingOccurrences(of: #""inputMode": "Text""#, with: #""inputMode": "Typing""#)
        let error = #expect(throws: CodeHookJSONError.self) { try CodeHookJSON.decodeEvent(Data(text.utf8)) }
        #expect(
            error?.message == "invalid value for inputMode: unknown value 'Typing'; valid values: Text, Speech, DTMF")
    }
}
