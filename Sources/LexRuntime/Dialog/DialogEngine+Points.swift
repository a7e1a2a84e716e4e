import CodeHooks

/// The points of an intent's flow where configured steps begin: the initial response, a captured
/// slot, a confirmed intent, fulfillment and closing (lex-v2-flows §6).
extension DialogEngine {
    /// Where a configured path sits, which decides what its `InvokeDialogCodeHook` calls.
    enum FlowPoint: Sendable, Equatable {
        /// `initialResponseSetting`.
        case initial
        /// A slot's `slotCaptureSetting`.
        case slot(String)
        /// `intentConfirmationSetting`.
        case confirmation
        /// `postFulfillmentStatusSpecification`.
        case fulfillment
        /// `intentClosingSetting`.
        case closing
    }

    /// What follows a path that configures nothing, or a default branch without a next step.
    enum Continuation: Sendable, Equatable {
        /// The default path from the intent's current state.
        case defaultPath
        /// The fallback intent (a slot or the confirmation ran out of retries).
        case fallbackIntent
        /// The closing response (after fulfillment).
        case closing
        /// The end of the conversation (after closing, or a decline).
        case end
    }

    /// How a code hook call ended, for the step's outcome paths.
    enum HookOutcome: String, Sendable {
        /// The hook answered (delegated, or closed as fulfilled), or no hook ran.
        case success
        /// The hook threw, or closed the intent as `Failed`.
        case failure
        /// The hook did not answer in time.
        case timeout
    }

    /// Enters an intent (recognised, or started by a next step): default slot values, the initial
    /// response, the dialog hook when the intent runs it on each input, then the initial step.
    func enter(
        _ active: ActiveIntent, intent: RuntimeIntent, suppressInitialResponse: Bool, _ turn: inout TurnState
    ) async throws(TurnError) {
        var active = active
        applyDefaultValues(&active, of: intent, &turn)
        if !suppressInitialResponse {
            say(intent.flow.initialResponse, key: intent.name + ".initial", active: active, &turn)
        }
        if intent.flow.initialCodeHook == nil {
            // Without an initial code hook step, an intent whose dialog hook is enabled calls it here
            // (DG: "the dialog code hook is executed by default"): the default flow's first call.
            var current = intent
            let proposal = proposedStep(along: intent.flow.initial, active, intent: intent)
            switch try await hookOnInput(
                &active, intent: &current, attempt: .none, label: nil, proposal: proposal, &turn)
            {
            case .handled: return
            case .switched:
                try await progress(
                    active, intent: current, step: nextStep(active, intent: current, attempt: .none), &turn)
                return
            case .delegated: break
            }
        }
        try await follow(intent.flow.initial, from: .initial, then: .defaultPath, active: active, intent: intent, &turn)
    }

    /// A slot got a value: its capture response, then its capture step.
    /// - Parameter viaNextStep: The slot was already filled when a next step elicited it: Lex does
    ///   not prompt, and the capture response is not said.
    func captured(
        _ slot: RuntimeSlot, active: ActiveIntent, intent: RuntimeIntent, viaNextStep: Bool, _ turn: inout TurnState
    ) async throws(TurnError) {
        let flow = slot.flow
        if !viaNextStep {
            say(flow.captureResponse, key: intent.name + ".slot." + slot.name + ".capture", active: active, &turn)
        }
        try await follow(
            flow.onCapture, from: .slot(slot.name), then: .defaultPath, active: active, intent: intent, &turn)
    }

    /// The user confirmed: the confirmation response, then the confirmation step.
    func confirmed(
        _ confirmation: RuntimeConfirmation, active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) async throws(TurnError) {
        let flow = confirmation.flow
        say(flow.confirmationResponse, key: intent.name + ".confirmation.confirm", active: active, &turn)
        try await follow(flow.onConfirm, from: .confirmation, then: .defaultPath, active: active, intent: intent, &turn)
    }

    /// Fulfils the intent: the fulfillment hook (when enabled), then what the intent configures
    /// after the outcome; without a post-fulfillment configuration, the closing response follows.
    func fulfill(_ active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState) async throws(TurnError) {
        var active = active
        var intent = intent
        turn.trace.fulfillmentIntent = intent.name
        guard let post = intent.flow.fulfillment else {
            if intent.fulfillmentHook, let hook {
                let event = makeEvent(.fulfillmentCodeHook, active: active, intent: intent, proposed: nil, &turn)
                let response = try await invoke(hook, event: event, intent: intent, &turn)
                intent = apply(response, to: &active, intent: intent, &turn)
                if try await obey(response, active: &active, intent: intent, fromFulfillment: true, &turn) { return }
            }
            // Fulfilled: the closing response, then the closing step (ElicitIntent for "anything
            // else?", say); with no closing step configured the conversation ends, as Lex ends it.
            active.outcome = .fulfilled
            try await closingStep(active, intent: intent, suppressed: false, &turn)
            return
        }
        var outcome = HookOutcome.success
        var messages: [Message] = []
        if intent.fulfillmentHook, let hook {
            let event = makeEvent(.fulfillmentCodeHook, active: active, intent: intent, proposed: nil, &turn)
            switch try await invokeForOutcome(hook, event: event, intent: intent, &turn) {
            case .answered(let response):
                intent = apply(response, to: &active, intent: intent, &turn)
                switch response.sessionState.dialogAction?.type ?? .delegate {
                case .close:
                    if response.sessionState.intent?.state == .failed { outcome = .failure }
                    messages = response.messages ?? []
                case .delegate:
                    messages = response.messages ?? []
                default:
                    if try await obey(response, active: &active, intent: intent, fromFulfillment: true, &turn) {
                        return
                    }
                }
            case .failed: outcome = .failure
            case .timedOut: outcome = .timeout
            }
        }
        let configured: FlowOutcome
        switch outcome {
        case .success:
            configured = post.success
            active.outcome = .fulfilled
            activateOutputContexts(of: intent, active: active, &turn)
        case .failure:
            configured = post.failure
            active.outcome = .failed
        case .timeout:
            configured = post.timeout
            active.outcome = .failed
        }
        if outcome != .success, messages.isEmpty, configured.isEmpty {
            throw TurnError(
                .invalidFlow,
                "fulfillment of intent '\(intent.name)' ended in \(outcome.rawValue) and the intent configures no "
                    + "\(outcome.rawValue) response or next step; Lex answers with an error here")
        }
        if messages.isEmpty {
            say(configured.response, key: intent.name + ".fulfillment." + outcome.rawValue, active: active, &turn)
        } else {
            turn.messages += messages
        }
        try await follow(configured.path, from: .fulfillment, then: .closing, active: active, intent: intent, &turn)
    }

    /// The closing response (when active and not suppressed), then the closing step.
    func closingStep(
        _ active: ActiveIntent, intent: RuntimeIntent, suppressed: Bool, _ turn: inout TurnState
    ) async throws(TurnError) {
        if !suppressed { say(intent.closing, key: traceKeys.intent(intent.name).closing, active: active, &turn) }
        try await follow(intent.flow.closing, from: .closing, then: .end, active: active, intent: intent, &turn)
    }

    /// Takes what follows a path that configured nothing.
    func continueWith(
        _ continuation: Continuation, active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) async throws(TurnError) {
        switch continuation {
        case .defaultPath:
            try await progress(active, intent: intent, step: nextStep(active, intent: intent, attempt: .none), &turn)
        case .fallbackIntent:
            try await failToFallback(&turn)
        case .closing:
            try await closingStep(active, intent: intent, suppressed: false, &turn)
        case .end:
            end(active, intent: intent, &turn)
        }
    }
}
