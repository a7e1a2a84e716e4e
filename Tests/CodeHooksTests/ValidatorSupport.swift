import CodeHooks

/// Builders for validator tests: a valid BookMeeting response, changed one rule at a time.
enum Sample {
    static func intent(
        _ name: String = "BookMeeting",
        state: IntentState? = .inProgress,
        confirmation: ConfirmationState? = ConfirmationState.none,
        slots: [String: Slot?]? = ["FullName": nil, "MeetingTime": nil]
    ) -> Intent {
        Intent(name: name, slots: slots, state: state, confirmationState: confirmation)
    }

    static func response(
        _ type: DialogActionType?,
        slotToElicit: String? = nil,
        intent: Intent? = Sample.intent(),
        messages: [Message]? = [.plain("What time should the meeting start?")],
        attributes: [String: String]? = nil
    ) -> CodeHookResponse {
        CodeHookResponse(
            sessionState: SessionState(
                sessionAttributes: attributes,
                dialogAction: type.map { DialogAction(type: $0, slotToElicit: slotToElicit) },
                intent: intent
            ),
            messages: messages
        )
    }

    /// Validates without knowing the bot.
    static func problems(_ response: CodeHookResponse) -> [CodeHookResponseProblem] {
        CodeHookResponseValidator().validate(response)
    }

    /// Validates knowing MeetyBot's intents and slots.
    static func problemsKnowingBot(_ response: CodeHookResponse) -> [CodeHookResponseProblem] {
        CodeHookResponseValidator(slotNamesByIntent: Fixture.meetyBotSlots).validate(response)
    }
}
