import CodeHooks
import Testing

/// The dialog-action and intent rules, one test per rule, with the exact problem text.
@Suite("Response validator: dialog action and intent")
struct ResponseValidatorTests {
    @Test("the golden responses are valid, also against the bot's intents and slots")
    func goldensAreValid() throws {
        for name in ["close-fulfilled", "confirm-intent", "delegate", "elicit-slot-cleared"] {
            let response = try Fixture.response(name)
            #expect(Sample.problemsKnowingBot(response).isEmpty, "\(name)")
        }
    }

    @Test("every action type Lex accepts passes with what it needs")
    func minimalValidResponses() {
        #expect(Sample.problems(Sample.response(.delegate, intent: nil, messages: nil)).isEmpty)
        #expect(Sample.problems(Sample.response(.elicitIntent, intent: nil)).isEmpty)
        #expect(Sample.problems(Sample.response(.elicitSlot, slotToElicit: "MeetingTime", messages: nil)).isEmpty)
        #expect(Sample.problems(Sample.response(.confirmIntent)).isEmpty)
        #expect(Sample.problems(Sample.response(.close, intent: Sample.intent(state: .failed), messages: nil)).isEmpty)
    }

    @Test("dialogAction.type is required")
    func missingDialogActionType() {
        let problems = Sample.problems(Sample.response(nil))
        #expect(problems.map(\.kind) == [.missingDialogActionType])
        #expect(problems.map(\.message) == ["missing field sessionState.dialogAction.type"])
        #expect(problems.map(\.path) == ["sessionState.dialogAction.type"])
    }

    @Test("an unknown dialog action type is named, with a suggestion and the valid types")
    func unknownDialogActionType() {
        let typo = Sample.problems(
            Sample.response(DialogActionType(rawValue: "ElicitSlots"), slotToElicit: "MeetingTime"))
        #expect(typo.map(\.kind) == [.unknownDialogActionType])
        #expect(
            typo.map(\.message) == [
                "invalid dialog action type 'ElicitSlots' (did you mean 'ElicitSlot'?); "
                    + "valid types: Close, ConfirmIntent, Delegate, ElicitIntent, ElicitSlot"
            ]
        )
        let none = Sample.problems(Sample.response(DialogActionType.none))
        #expect(
            none.map(\.message) == [
                "invalid dialog action type 'None'; "
                    + "valid types: Close, ConfirmIntent, Delegate, ElicitIntent, ElicitSlot"
            ]
        )
    }

    @Test("ElicitSlot needs slotToElicit")
    func missingSlotToElicit() {
        for slot in [nil, ""] {
            let problems = Sample.problems(Sample.response(.elicitSlot, slotToElicit: slot))
            #expect(problems.map(\.kind) == [.missingSlotToElicit])
            #expect(problems.map(\.message) == ["ElicitSlot needs sessionState.dialogAction.slotToElicit"])
        }
    }

    @Test("ElicitSlot, ConfirmIntent and Close need an intent name")
    func missingIntentName() {
        let elicit = Sample.problems(Sample.response(.elicitSlot, slotToElicit: "MeetingTime", intent: nil))
        #expect(elicit.map(\.kind) == [.missingIntentName])
        #expect(elicit.map(\.message) == ["ElicitSlot needs sessionState.intent.name"])
        let confirm = Sample.problems(Sample.response(.confirmIntent, intent: Sample.intent("")))
        #expect(confirm.map(\.message) == ["ConfirmIntent needs sessionState.intent.name"])
        let close = Sample.problems(Sample.response(.close, intent: Sample.intent("", state: .fulfilled)))
        #expect(close.map(\.message) == ["Close needs sessionState.intent.name"])
    }

    @Test("the intent must be one of the bot's, when the bot is known")
    func unknownIntent() {
        let response = Sample.response(.elicitSlot, slotToElicit: "MeetingTime", intent: Sample.intent("BookMeting"))
        #expect(Sample.problems(response).isEmpty)
        let problems = Sample.problemsKnowingBot(response)
        #expect(problems.map(\.kind) == [.unknownIntent])
        #expect(
            problems.map(\.message) == ["intent 'BookMeting' is not an intent of the bot (did you mean 'BookMeeting'?)"]
        )
    }

    @Test("the slot to elicit must be a slot of the intent, when the bot is known")
    func unknownSlotToElicit() {
        let response = Sample.response(.elicitSlot, slotToElicit: "MeetingTme")
        #expect(Sample.problems(response).isEmpty)
        let problems = Sample.problemsKnowingBot(response)
        #expect(problems.map(\.kind) == [.unknownSlotToElicit])
        #expect(
            problems.map(\.message) == [
                "slot to elicit 'MeetingTme' is not a slot of intent 'BookMeeting' (did you mean 'MeetingTime'?); "
                    + "its slots: AttendeeEmail, FullName, MeetingDate, MeetingDuration, MeetingTime"
            ]
        )
        let slotless = Sample.response(
            .elicitSlot, slotToElicit: "Name", intent: Sample.intent("StartMeety", slots: [:]))
        #expect(
            Sample.problemsKnowingBot(slotless).map(\.message) == [
                "slot to elicit 'Name' is not a slot of intent 'StartMeety'; it has no slots"
            ]
        )
    }

    @Test("every key of intent.slots must be a slot of the intent, when the bot is known")
    func unknownSlot() {
        let slots: [String: Slot?] = ["MeetingDte": nil, "FullName": nil, "Colour": nil]
        let problems = Sample.problemsKnowingBot(Sample.response(.delegate, intent: Sample.intent(slots: slots)))
        #expect(problems.map(\.kind) == [.unknownSlot, .unknownSlot])
        #expect(problems.map(\.path) == ["sessionState.intent.slots.Colour", "sessionState.intent.slots.MeetingDte"])
        #expect(
            problems.map(\.message) == [
                "slot 'Colour' in sessionState.intent.slots is not a slot of intent 'BookMeeting'",
                "slot 'MeetingDte' in sessionState.intent.slots is not a slot of intent 'BookMeeting' "
                    + "(did you mean 'MeetingDate'?)",
            ]
        )
    }

    @Test("ConfirmIntent and ElicitIntent need at least one message")
    func missingMessages() {
        for messages in [nil, [Message]()] {
            let confirm = Sample.problems(Sample.response(.confirmIntent, messages: messages))
            #expect(confirm.map(\.kind) == [.missingMessages])
            #expect(confirm.map(\.message) == ["ConfirmIntent needs at least one message"])
            let elicit = Sample.problems(Sample.response(.elicitIntent, intent: nil, messages: messages))
            #expect(elicit.map(\.message) == ["ElicitIntent needs at least one message"])
        }
    }

    @Test("Close needs an intent state of Failed, Fulfilled or InProgress")
    func invalidCloseState() {
        let missing = Sample.problems(Sample.response(.close, intent: Sample.intent(state: nil)))
        #expect(missing.map(\.kind) == [.invalidCloseState])
        #expect(missing.map(\.message) == ["Close needs sessionState.intent.state (Failed, Fulfilled or InProgress)"])
        let ready = Sample.problems(Sample.response(.close, intent: Sample.intent(state: .readyForFulfillment)))
        #expect(
            ready.map(\.message) == [
                "Close needs sessionState.intent.state Failed, Fulfilled or InProgress, not 'ReadyForFulfillment'"
            ]
        )
        let typo = Sample.problems(
            Sample.response(.close, intent: Sample.intent(state: IntentState(rawValue: "Fulfiled"))))
        #expect(
            typo.map(\.message) == [
                "Close needs sessionState.intent.state Failed, Fulfilled or InProgress, not 'Fulfiled' "
                    + "(did you mean 'Fulfilled'?)"
            ]
        )
        #expect(Sample.problems(Sample.response(.close, intent: Sample.intent(state: .inProgress))).isEmpty)
    }

    @Test("the intent state must be one Lex defines")
    func unknownIntentState() {
        let problems = Sample.problems(
            Sample.response(.delegate, intent: Sample.intent(state: IntentState(rawValue: "Done"))))
        #expect(problems.map(\.kind) == [.unknownIntentState])
        #expect(
            problems.map(\.message) == [
                "invalid intent state 'Done'; valid states: Failed, Fulfilled, FulfillmentInProgress, InProgress, "
                    + "ReadyForFulfillment, Waiting"
            ]
        )
    }

    @Test("the confirmation state must be Confirmed, Denied or None")
    func unknownConfirmationState() {
        let intent = Sample.intent(confirmation: ConfirmationState(rawValue: "confirmed"))
        let problems = Sample.problems(Sample.response(.delegate, intent: intent))
        #expect(problems.map(\.kind) == [.unknownConfirmationState])
        #expect(
            problems.map(\.message) == [
                "invalid confirmation state 'confirmed' (did you mean 'Confirmed'?); "
                    + "valid states: Confirmed, Denied, None"
            ]
        )
    }

    @Test("every problem is reported, in a fixed order")
    func allProblems() {
        let response = Sample.response(
            .elicitSlot,
            slotToElicit: nil,
            intent: Sample.intent("", confirmation: ConfirmationState(rawValue: "Maybe")),
            messages: [Message(contentType: "Text", content: "Hi"), Message(content: nil)],
            attributes: ["": "x"]
        )
        #expect(
            Sample.problems(response).map(\.kind) == [
                .missingIntentName, .missingSlotToElicit, .unknownConfirmationState, .unknownContentType,
                .missingContent,
                .emptySessionAttributeKey,
            ]
        )
    }
}
