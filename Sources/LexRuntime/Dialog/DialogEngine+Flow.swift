import CodeHooks

/// The default path of a conversation (DESIGN §5): elicitation in priority order, confirmation,
/// fulfillment and closing, which every configured flow falls back on where it configures nothing.
extension DialogEngine {
    /// What the simulator does next if nothing (no hook, no configured next step) intervenes.
    enum Step: Sendable, Equatable {
        /// Prompt for a slot; `failures` failed attempts so far (0 = Initial).
        case elicit(String, failures: Int)
        /// The slot's retries ran out.
        case slotFailed(String)
        /// Ask for confirmation; `failures` failed attempts so far.
        case confirm(failures: Int)
        /// The confirmation's retries ran out.
        case confirmationFailed
        /// The user declined.
        case declined
        /// Everything is known and confirmed: fulfil.
        case fulfill
    }

    /// The step the default path takes from `active`, counting this turn's `attempt`.
    func nextStep(_ active: ActiveIntent, intent: RuntimeIntent, attempt: Attempt) -> Step {
        if let slot = intent.slots.first(where: { $0.required && active.filledValue($0.name) == nil }) {
            if case .slot(let answered, let failures) = attempt, answered == slot.name {
                return failures + 1 > slot.maxRetries
                    ? .slotFailed(slot.name) : .elicit(slot.name, failures: failures + 1)
            }
            return .elicit(slot.name, failures: 0)
        }
        if let confirmation = intent.confirmation {
            if active.confirmationState == .denied { return .declined }
            if active.confirmationState != .confirmed {
                if case .confirmation(let failures) = attempt {
                    return failures + 1 > confirmation.maxRetries
                        ? .confirmationFailed : .confirm(failures: failures + 1)
                }
                return .confirm(failures: 0)
            }
        }
        return .fulfill
    }

    /// Takes a step of the default path; the failure, declination and fulfillment steps continue
    /// with what the flow configures after them.
    func progress(_ active: ActiveIntent, intent: RuntimeIntent, step: Step, _ turn: inout TurnState)
        async throws(TurnError)
    {
        switch step {
        case .elicit(let slotName, let failures):
            prompt(for: slotName, failures: failures, suppressed: false, active: active, intent: intent, &turn)
        case .slotFailed(let slotName):
            turn.trace.retriesExhausted = true
            let slot = intent.slot(slotName)
            say(slot?.failure ?? [], key: traceKeys.intent(intent.name).slot(slotName).failure, active: active, &turn)
            try await follow(
                slot?.flow.onFailure ?? .none, from: .slot(slotName), then: .fallbackIntent, active: active,
                intent: intent, &turn)
        case .confirm(let failures):
            askConfirmation(failures: failures, suppressed: false, active: active, intent: intent, &turn)
        case .confirmationFailed:
            turn.trace.retriesExhausted = true
            say(
                intent.confirmation?.failure ?? [], key: traceKeys.intent(intent.name).confirmationFailure,
                active: active, &turn)
            try await follow(
                intent.confirmation?.flow.onFailure ?? .none, from: .confirmation, then: .fallbackIntent,
                active: active, intent: intent, &turn)
        case .declined:
            var active = active
            active.outcome = .failed
            say(
                intent.confirmation?.declination ?? [], key: traceKeys.intent(intent.name).confirmationDeclination,
                active: active, &turn)
            try await follow(
                intent.confirmation?.flow.onDecline ?? .none, from: .confirmation, then: .end, active: active,
                intent: intent, &turn)
        case .fulfill:
            try await fulfill(active, intent: intent, &turn)
        }
    }

    /// Prompts for `slotName` (unless the step that led here suppressed the prompt) and waits.
    func prompt(
        for slotName: String, failures: Int, suppressed: Bool, active: ActiveIntent, intent: RuntimeIntent,
        _ turn: inout TurnState
    ) {
        var active = active
        active.slots = active.slots.filter { $0.value.interpretedValue != nil }
        active.phase = .eliciting(slot: slotName, failures: failures)
        if !suppressed, let slot = intent.slot(slotName) {
            say(slot.prompt, key: traceKeys.intent(intent.name).slot(slotName).prompt, active: active, &turn)
        }
        turn.trace.elicitedSlots.append(traceKeys.intent(intent.name).slot(slotName).elicitation)
        turn.record.active = active
        turn.finish(
            DialogAction(type: .elicitSlot, slotToElicit: slotName),
            intent: active.wireIntent(of: intent, state: .inProgress))
    }

    /// Asks the confirmation prompt (unless suppressed) and waits.
    func askConfirmation(
        failures: Int, suppressed: Bool, active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) {
        var active = active
        active.slots = active.slots.filter { $0.value.interpretedValue != nil }
        active.phase = .confirming(failures: failures)
        if !suppressed {
            say(
                intent.confirmation?.prompt ?? [], key: traceKeys.intent(intent.name).confirmationPrompt,
                active: active, &turn)
        }
        turn.record.active = active
        turn.finish(DialogAction(type: .confirmIntent), intent: active.wireIntent(of: intent, state: .inProgress))
    }

    /// Ends the intent: reports it with `state` and clears it from the session. An intent that
    /// ends fulfilled activates its output contexts.
    func close(_ active: ActiveIntent, intent: RuntimeIntent, state: IntentState, _ turn: inout TurnState) {
        if state == .fulfilled { activateOutputContexts(of: intent, active: active, &turn) }
        turn.record.active = nil
        turn.finish(DialogAction(type: .close), intent: active.wireIntent(of: intent, state: state))
    }

    /// Ends the conversation (`EndConversation`, or the end of the default path) with the state the
    /// intent reached: `Fulfilled` or `Failed` when decided, else `ReadyForFulfillment` when every
    /// required slot is filled and `InProgress` when not.
    func end(_ active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState) {
        let state =
            active.outcome
            ?? (intent.slots.contains { $0.required && active.filledValue($0.name) == nil }
                ? .inProgress : .readyForFulfillment)
        close(active, intent: intent, state: state, &turn)
    }

    /// Retries ran out: the fallback intent takes over (its closing follows the failure message).
    func failToFallback(_ turn: inout TurnState) async throws(TurnError) {
        turn.trace.retriesExhausted = true
        turn.record.active = nil
        guard let fallback = locale.fallbackIntent else {
            turn.finish(DialogAction(type: .close), intent: nil)
            return
        }
        try await enter(ActiveIntent(name: fallback.name), intent: fallback, suppressInitialResponse: false, &turn)
    }

    /// Obeys a hook's dialog action. Returns `false` for Delegate (the flow continues).
    func obey(
        _ response: CodeHookResponse,
        active: inout ActiveIntent,
        intent: RuntimeIntent,
        fromFulfillment: Bool,
        _ turn: inout TurnState
    ) async throws(TurnError) -> Bool {
        let action = response.sessionState.dialogAction ?? DialogAction(type: .delegate)
        let messages = response.messages ?? []
        switch action.type {
        case .elicitSlot:
            let slotName = action.slotToElicit ?? ""
            if fromFulfillment { active.confirmationState = .none }
            active.slots = active.slots.filter { $0.value.interpretedValue != nil }
            active.phase = .eliciting(slot: slotName, failures: 0)
            if messages.isEmpty, let slot = intent.slot(slotName) {
                say(slot.prompt, key: traceKeys.intent(intent.name).slot(slotName).prompt, active: active, &turn)
            } else {
                turn.messages += messages
            }
            turn.trace.elicitedSlots.append(traceKeys.intent(intent.name).slot(slotName).elicitation)
            turn.record.active = active
            turn.finish(action, intent: active.wireIntent(of: intent, state: .inProgress))
        case .confirmIntent:
            active.confirmationState = .none
            active.phase = .confirming(failures: 0)
            if messages.isEmpty {
                say(
                    intent.confirmation?.prompt ?? [], key: traceKeys.intent(intent.name).confirmationPrompt,
                    active: active, &turn)
            } else {
                turn.messages += messages
            }
            turn.record.active = active
            turn.finish(action, intent: active.wireIntent(of: intent, state: .inProgress))
        case .elicitIntent:
            turn.messages += messages
            turn.record.active = nil
            turn.finish(
                action, intent: active.wireIntent(of: intent, state: response.sessionState.intent?.state ?? .inProgress)
            )
        case .close:
            let state = response.sessionState.intent?.state ?? .fulfilled
            if messages.isEmpty && state == .fulfilled {
                say(intent.closing, key: traceKeys.intent(intent.name).closing, active: active, &turn)
            } else {
                turn.messages += messages
            }
            close(active, intent: intent, state: state, &turn)
        default:
            return false
        }
        return true
    }
}
