import CodeHooks

/// Calling the code hook at the points a flow names: on each input (the default flow, and
/// elicitation code hooks) and at code hook steps (`InvokeDialogCodeHook`), with their outcomes.
extension DialogEngine {
    /// What a hook called on an input decided.
    enum InputHookResult: Sendable {
        /// It elicited, confirmed, asked for a new intent or closed: the turn is decided.
        case handled
        /// It delegated: the flow continues.
        case delegated
        /// It delegated after switching to another intent, which continues on its default path.
        case switched
    }

    /// How a hook call ended.
    enum HookAnswer: Sendable {
        /// The hook answered (validated against the contract).
        case answered(CodeHookResponse)
        /// The hook threw.
        case failed
        /// The hook did not answer in time.
        case timedOut
    }

    /// Calls the dialog hook on an input, as the default flow does after every input and an
    /// elicitation code hook does on each answer, and obeys its answer. Nothing is called when the
    /// intent's dialog hook is off or there is no hook.
    func hookOnInput(
        _ active: inout ActiveIntent, intent: inout RuntimeIntent, attempt: Attempt, label: String?, proposal: Step?,
        _ turn: inout TurnState
    ) async throws(TurnError) -> InputHookResult {
        guard intent.dialogHook, let hook else { return .delegated }
        let event = makeEvent(.dialogCodeHook, active: active, intent: intent, proposed: proposal, label: label, &turn)
        let response = try await invoke(hook, event: event, intent: intent, &turn)
        let original = intent.name
        intent = apply(response, to: &active, intent: intent, &turn)
        if try await obey(response, active: &active, intent: intent, fromFulfillment: false, &turn) { return .handled }
        return intent.name != original ? .switched : .delegated
    }

    /// Runs the code hook step of `point` (`InvokeDialogCodeHook`): calls the hook when the step,
    /// its invocation and the intent's dialog hook are on and a hook is attached, else succeeds
    /// without a call; then the outcome's response and path. A hook's `ElicitSlot`, `ConfirmIntent`,
    /// `ElicitIntent` or `Close` is obeyed instead, except a `Close` as `Failed`, which is the
    /// failure outcome.
    func runCodeHook(at point: FlowPoint, active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState)
        async throws(TurnError)
    {
        let codeHook: FlowCodeHook?
        switch point {
        case .initial: codeHook = intent.flow.initialCodeHook
        case .slot(let name): codeHook = intent.slot(name)?.flow.codeHook
        case .confirmation: codeHook = intent.confirmation?.flow.codeHook
        case .fulfillment, .closing: codeHook = nil
        }
        guard let codeHook else {
            throw TurnError(
                .invalidFlow,
                "a next step of \(location(of: point, in: intent)) invokes the dialog code hook, but that step has "
                    + "no code hook")
        }
        try countStep("InvokeDialogCodeHook", intent: intent, &turn)
        if codeHook.label != nil { turn.trace.note(hookStep: codeHook.coverageKey) }
        var active = active
        var intent = intent
        var outcome = HookOutcome.success
        var messages: [Message] = []
        if codeHook.isActive, codeHook.invokesHook, intent.dialogHook, let hook {
            let proposal = proposedStep(along: codeHook.success.path, active, intent: intent)
            let event = makeEvent(
                .dialogCodeHook, active: active, intent: intent, proposed: proposal, label: codeHook.label, &turn)
            switch try await invokeForOutcome(hook, event: event, intent: intent, &turn) {
            case .answered(let response):
                let original = intent.name
                intent = apply(response, to: &active, intent: intent, &turn)
                let type = response.sessionState.dialogAction?.type ?? .delegate
                if type == .close, response.sessionState.intent?.state == .failed {
                    outcome = .failure
                    messages = response.messages ?? []
                } else if try await obey(response, active: &active, intent: intent, fromFulfillment: false, &turn) {
                    return
                } else if intent.name != original {
                    try await progress(
                        active, intent: intent, step: nextStep(active, intent: intent, attempt: .none), &turn)
                    return
                } else {
                    messages = response.messages ?? []
                }
            case .failed: outcome = .failure
            case .timedOut: outcome = .timeout
            }
        }
        let configured: FlowOutcome
        switch outcome {
        case .success: configured = codeHook.success
        case .failure: configured = codeHook.failure
        case .timeout: configured = codeHook.timeout
        }
        if outcome != .success { active.outcome = .failed }
        if messages.isEmpty {
            say(
                configured.response, key: location(of: point, in: intent) + ".hook." + outcome.rawValue,
                active: active, &turn)
        } else {
            turn.messages += messages
        }
        try await follow(configured.path, from: point, then: .defaultPath, active: active, intent: intent, &turn)
    }

    /// Calls the hook for a step whose failure and timeout have paths of their own: a hook that
    /// throws or times out is that outcome (recorded in the trace with the reason), not a turn
    /// error. An answer that breaks the contract is still a turn error.
    func invokeForOutcome(_ hook: any CodeHook, event: CodeHookEvent, intent: RuntimeIntent, _ turn: inout TurnState)
        async throws(TurnError) -> HookAnswer
    {
        do {
            return .answered(try await invoke(hook, event: event, intent: intent, &turn))
        } catch {
            guard error.kind == .hookFailed || error.kind == .hookTimedOut else { throw error }
            turn.trace.hookCalls.append(
                TurnTrace.HookCall(
                    source: event.invocationSource, intent: intent.name, action: "None",
                    label: event.invocationLabel, error: error.message))
            return error.kind == .hookFailed ? .failed : .timedOut
        }
    }

    /// What Lex would elicit next if a hook delegates before `path`: the path's `ElicitSlot` of an
    /// unfilled slot of this intent, or the default path's next slot when the path configures
    /// nothing; `nil` when it would not elicit a slot.
    func proposedStep(along path: FlowPath, _ active: ActiveIntent, intent: RuntimeIntent) -> Step? {
        if let next = path.next {
            guard next.action == .elicitSlot, next.intentName == nil || next.intentName == intent.name,
                let slot = next.slotToElicit, active.filledValue(slot) == nil
            else { return nil }
            return .elicit(slot, failures: 0)
        }
        if path.conditional?.isActive == true { return nil }
        return nextStep(active, intent: intent, attempt: .none)
    }

    /// What Lex would elicit next after an answer to `slot`: the capture path when the answer
    /// filled it, else the slot again (the next retry), or nothing when retries ran out.
    func proposedStep(afterAnswering slot: RuntimeSlot, failures: Int, _ active: ActiveIntent, intent: RuntimeIntent)
        -> Step?
    {
        if active.filledValue(slot.name) != nil {
            return proposedStep(along: slot.flow.onCapture, active, intent: intent)
        }
        if slot.required { return failures + 1 > slot.maxRetries ? nil : .elicit(slot.name, failures: failures + 1) }
        return nextStep(active, intent: intent, attempt: .slot(slot.name, failures: failures))
    }

    /// How messages name a point: `CallIntent.initial`, `CallIntent.slot.Time`, `CallIntent.confirmation`.
    func location(of point: FlowPoint, in intent: RuntimeIntent) -> String {
        switch point {
        case .initial: intent.name + ".initial"
        case .slot(let name): intent.name + ".slot." + name
        case .confirmation: intent.name + ".confirmation"
        case .fulfillment: intent.name + ".fulfillment"
        case .closing: intent.name + ".closing"
        }
    }
}
