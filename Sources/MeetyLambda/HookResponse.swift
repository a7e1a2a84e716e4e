import CodeHooks

/// Builds the Lex V2 responses the hooks send, each valid for its dialog action.
///
/// Every response carries the event's session attributes and active contexts back unchanged,
/// because a response's session state replaces the session's.
enum HookResponse {
    /// `Delegate`: Lex continues the configured flow with the intent and slots as received.
    static func delegate(_ event: CodeHookEvent) -> CodeHookResponse {
        CodeHookResponse(sessionState: state(event, .init(type: .delegate), event.sessionState.intent))
    }

    /// `ElicitSlot` for the problem's slot, which is set to null (other slots are kept), with the
    /// problem's message. The intent returns to `InProgress` and its confirmation is reset, so a
    /// changed request is confirmed again.
    static func elicit(_ problem: BookingProblem, intent: Intent, event: CodeHookEvent) -> CodeHookResponse {
        var intent = intent
        // Only the slots the event carried, plus the cleared one: a bot without one of MeetyBot's
        // slots must not be handed a slot it does not have.
        var slots = intent.slots ?? [:]
        slots.updateValue(nil, forKey: problem.slot.rawValue)
        intent.slots = slots
        intent.state = .inProgress
        intent.confirmationState = ConfirmationState.none
        let action = DialogAction(type: .elicitSlot, slotToElicit: problem.slot.rawValue)
        return CodeHookResponse(sessionState: state(event, action, intent), messages: [.plain(problem.message)])
    }

    /// `Close` with the given intent state, and the message if there is one.
    static func close(
        _ intent: Intent,
        state intentState: IntentState,
        message: String?,
        event: CodeHookEvent
    ) -> CodeHookResponse {
        var intent = intent
        intent.state = intentState
        return CodeHookResponse(
            sessionState: state(event, .init(type: .close), intent),
            messages: message.map { [.plain($0)] })
    }

    /// `ElicitIntent` with a message: the only valid answer when the event names no intent.
    static func elicitIntent(_ message: String, event: CodeHookEvent) -> CodeHookResponse {
        CodeHookResponse(sessionState: state(event, .init(type: .elicitIntent), nil), messages: [.plain(message)])
    }

    private static func state(_ event: CodeHookEvent, _ action: DialogAction, _ intent: Intent?) -> SessionState {
        SessionState(
            activeContexts: event.sessionState.activeContexts,
            sessionAttributes: event.sessionState.sessionAttributes,
            dialogAction: action,
            intent: intent)
    }
}
