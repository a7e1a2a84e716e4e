import CodeHooks

/// The configured flow after an input has been understood: dialog hook, elicitation, confirmation,
/// fulfillment and closing (DESIGN §5).
extension DialogEngine {
    /// What the simulator does next if nothing (no hook) intervenes.
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

    /// The step the configured flow takes from `active`, counting this turn's `attempt`.
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

    /// Calls the dialog hook (when enabled) and obeys it, or follows the configured flow.
    func advance(_ active: ActiveIntent, intent: RuntimeIntent, attempt: Attempt, _ turn: inout TurnState)
        async throws(TurnError)
    {
        var active = active
        var intent = intent
        if intent.dialogHook, let hook {
            let step = nextStep(active, intent: intent, attempt: attempt)
            let event = makeEvent(.dialogCodeHook, active: active, intent: intent, proposed: step, &turn)
            let response = try await invoke(hook, event: event, intent: intent, &turn)
            intent = apply(response, to: &active, intent: intent, &turn)
            if try await obey(response, active: &active, intent: intent, fromFulfillment: false, &turn) { return }
            // A Delegate after an intent switch by the hook continues the new intent afresh.
            if intent.name != event.sessionState.intent?.name {
                try await progress(
                    active, intent: intent, step: nextStep(active, intent: intent, attempt: .none), &turn)
                return
            }
        }
        try await progress(active, intent: intent, step: nextStep(active, intent: intent, attempt: attempt), &turn)
    }

    /// Takes a step of the configured flow.
    func progress(_ active: ActiveIntent, intent: RuntimeIntent, step: Step, _ turn: inout TurnState)
        async throws(TurnError)
    {
        var active = active
        switch step {
        case .elicit(let slotName, let failures):
            active.slots = active.slots.filter { $0.value.interpretedValue != nil }
            active.phase = .eliciting(slot: slotName, failures: failures)
            if let slot = intent.slot(slotName) {
                say(slot.prompt, key: traceKeys.intent(intent.name).slot(slotName).prompt, active: active, &turn)
            }
            turn.trace.elicitedSlots.append(traceKeys.intent(intent.name).slot(slotName).elicitation)
            turn.record.active = active
            turn.finish(
                DialogAction(type: .elicitSlot, slotToElicit: slotName),
                intent: active.wireIntent(of: intent, state: .inProgress))
        case .slotFailed(let slotName):
            let failure = intent.slot(slotName)?.failure ?? []
            say(failure, key: traceKeys.intent(intent.name).slot(slotName).failure, active: active, &turn)
            try await failToFallback(&turn)
        case .confirm(let failures):
            active.slots = active.slots.filter { $0.value.interpretedValue != nil }
            active.phase = .confirming(failures: failures)
            say(
                intent.confirmation?.prompt ?? [], key: traceKeys.intent(intent.name).confirmationPrompt,
                active: active, &turn)
            turn.record.active = active
            turn.finish(DialogAction(type: .confirmIntent), intent: active.wireIntent(of: intent, state: .inProgress))
        case .confirmationFailed:
            say(
                intent.confirmation?.failure ?? [], key: traceKeys.intent(intent.name).confirmationFailure,
                active: active, &turn)
            try await failToFallback(&turn)
        case .declined:
            say(
                intent.confirmation?.declination ?? [], key: traceKeys.intent(intent.name).confirmationDeclination,
                active: active,
                &turn)
            close(active, intent: intent, state: .failed, &turn)
        case .fulfill:
            try await fulfill(active, intent: intent, &turn)
        }
    }

    /// Runs the fulfillment hook (when enabled), then the closing response.
    private func fulfill(_ active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState) async throws(TurnError)
    {
        var active = active
        var intent = intent
        if intent.fulfillmentHook, let hook {
            let event = makeEvent(.fulfillmentCodeHook, active: active, intent: intent, proposed: nil, &turn)
            let response = try await invoke(hook, event: event, intent: intent, &turn)
            intent = apply(response, to: &active, intent: intent, &turn)
            if try await obey(response, active: &active, intent: intent, fromFulfillment: true, &turn) { return }
        }
        say(intent.closing, key: traceKeys.intent(intent.name).closing, active: active, &turn)
        close(active, intent: intent, state: .fulfilled, &turn)
    }

    /// Ends the intent: reports it with `state` and clears it from the session.
    func close(_ active: ActiveIntent, intent: RuntimeIntent, state: IntentState, _ turn: inout TurnState) {
        turn.record.active = nil
        turn.finish(DialogAction(type: .close), intent: active.wireIntent(of: intent, state: state))
    }

    /// Retries ran out: the fallback intent takes over (its closing follows the failure message).
    private func failToFallback(_ turn: inout TurnState) async throws(TurnError) {
        turn.trace.retriesExhausted = true
        turn.record.active = nil
        guard let fallback = locale.fallbackIntent else {
            turn.finish(DialogAction(type: .close), intent: nil)
            return
        }
        try await advance(ActiveIntent(name: fallback.name), intent: fallback, attempt: .none, &turn)
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
