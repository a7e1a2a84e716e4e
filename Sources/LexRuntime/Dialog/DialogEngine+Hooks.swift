import CodeHooks

/// Building Lex V2 events for the code hooks, invoking them safely, and applying their answers.
extension DialogEngine {
    /// The event Lex would send for `active` at this point of the turn.
    func makeEvent(
        _ source: InvocationSource,
        active: ActiveIntent,
        intent: RuntimeIntent,
        proposed: Step?,
        label: String? = nil,
        _ turn: inout TurnState
    ) -> CodeHookEvent {
        let state: IntentState = source == .fulfillmentCodeHook ? .readyForFulfillment : .inProgress
        let wireIntent = active.wireIntent(of: intent, state: state)
        var proposedNextState: ProposedNextState?
        if source == .dialogCodeHook, case .elicit(let slot, let failures) = proposed {
            var next = wireIntent
            if let slots = next.slots {
                next.slots = slots.mapValues { slot in slot?.value?.interpretedValue == nil ? nil : slot }
            }
            proposedNextState = ProposedNextState(
                dialogAction: DialogAction(type: .elicitSlot, slotToElicit: slot),
                intent: next,
                prompt: PromptAttempt(attempt: failures == 0 ? "Initial" : "Retry\(failures)")
            )
        }
        let current: DialogAction? =
            switch active.phase {
            case .eliciting(let slot, _): DialogAction(type: .elicitSlot, slotToElicit: slot)
            case .confirming: DialogAction(type: .confirmIntent)
            case .start: nil
            }
        return CodeHookEvent(
            invocationSource: source,
            sessionId: turn.sessionId,
            inputTranscript: turn.text,
            invocationLabel: label,
            bot: botInfo,
            interpretations: interpretations(active: wireIntent, &turn),
            proposedNextState: proposedNextState,
            requestAttributes: turn.requestAttributes,
            sessionState: SessionState(
                activeContexts: turn.record.currentContexts(at: turn.seconds),
                sessionAttributes: turn.record.attributes,
                dialogAction: current,
                intent: wireIntent,
                originatingRequestId: "\(turn.sessionId)-\(turn.record.turns)"
            ),
            transcriptions: [Transcription(transcription: turn.text)]
        )
    }

    /// The interpretations of the turn: the intent in progress first, then the other candidates.
    func interpretations(active: Intent?, _ turn: inout TurnState) -> [Interpretation] {
        var result: [Interpretation] = []
        if let active {
            let score = turn.candidates.first { $0.intent == active.name }?.confidence
            let isFallback = locale.intents.contains { $0.isFallback && $0.name == active.name }
            result.append(Interpretation(intent: active, nluConfidence: isFallback ? nil : max(score ?? 1, 0)))
        }
        for candidate in wireCandidates(&turn) where candidate.intent != active?.name {
            result.append(candidate.interpretation)
            if result.count == 5 { break }
        }
        return result
    }

    /// The turn's candidates in the wire shape, built once per turn.
    private func wireCandidates(_ turn: inout TurnState) -> [(intent: String, interpretation: Interpretation)] {
        if let built = turn.wireCandidates { return built }
        var built: [(intent: String, interpretation: Interpretation)] = []
        for candidate in turn.candidates {
            // By index: a copy of each intent would retain every one of its parts.
            guard let index = locale.intents.firstIndex(where: { $0.name == candidate.intent }) else { continue }
            let name = locale.intents[index].name
            let slots = ActiveIntent(name: name, slots: candidate.slots).wireSlots(of: locale.intents[index])
            let wire = Intent(
                name: name, slots: slots, state: .inProgress, confirmationState: ConfirmationState.none)
            built.append(
                (
                    name,
                    Interpretation(intent: wire, nluConfidence: candidate.isFallback ? nil : candidate.confidence)
                ))
        }
        turn.wireCandidates = built
        return built
    }

    /// Calls the hook with the timeout, and checks its answer against the contract.
    func invoke(
        _ hook: any CodeHook,
        event: CodeHookEvent,
        intent: RuntimeIntent,
        _ turn: inout TurnState
    ) async throws(TurnError) -> CodeHookResponse {
        let label = event.invocationSource == .dialogCodeHook ? "dialog" : "fulfillment"
        let response: CodeHookResponse
        do {
            response = try await HookInvocation.call(hook, event: event, timeout: options.hookTimeout)
        } catch let error as HookInvocation.TimedOut {
            throw TurnError(
                .hookTimedOut,
                "the \(label) code hook for intent '\(intent.name)' did not answer within \(error.limit)"
            )
        } catch let error as CodeHookJSONError where error.kind != .unencodable {
            // A hook reached through JSON (a Lambda, a process) answered with something that is not a
            // response: that is the hook's answer being invalid, not the hook failing.
            throw TurnError(
                .invalidHookResponse,
                "the \(label) code hook for intent '\(intent.name)' returned a response that cannot be read: "
                    + error.message
            )
        } catch let error as any CodeHookFailure {
            throw TurnError(.hookFailed, "the \(label) code hook for intent '\(intent.name)' failed: \(error)")
        } catch {
            throw TurnError(.hookFailed, "the \(label) code hook for intent '\(intent.name)' threw an error: \(error)")
        }
        if options.validatesHookResponses {
            let problems = validator.validate(response)
            if !problems.isEmpty {
                throw TurnError(
                    .invalidHookResponse,
                    "the \(label) code hook for intent '\(intent.name)' returned an invalid response: "
                        + problems.map(\.message).joined(separator: "; ")
                )
            }
        }
        let action = response.sessionState.dialogAction
        turn.trace.hookCalls.append(
            TurnTrace.HookCall(
                source: event.invocationSource,
                intent: intent.name,
                action: action?.type.rawValue ?? "Delegate",
                state: response.sessionState.intent?.state?.rawValue,
                slot: action?.slotToElicit,
                label: event.invocationLabel
            )
        )
        return response
    }

    /// Applies a hook's session attributes, intent, slots and confirmation state (they replace the
    /// simulator's). Returns the intent now in progress (a hook may switch intents).
    func apply(
        _ response: CodeHookResponse, to active: inout ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) -> RuntimeIntent {
        if let attributes = response.sessionState.sessionAttributes {
            turn.record.attributes = attributes
        }
        if let contexts = response.sessionState.activeContexts {
            turn.record.contexts = contexts.map { SessionContext($0, now: turn.seconds) }
        }
        guard let returned = response.sessionState.intent else { return intent }
        var current = intent
        if returned.name != intent.name, let other = locale.intent(returned.name) {
            active = ActiveIntent(name: other.name)
            current = other
        }
        if let slots = returned.slots {
            var values: [String: SlotValue] = [:]
            var lists: [String: [SlotValue]]?
            for (name, slot) in slots {
                guard let slot else { continue }
                if let items = slot.values {
                    let list = items.compactMap(\.value)
                    lists = (lists ?? [:]).merging([name: list]) { _, new in new }
                    values[name] = slot.value ?? ActiveIntent.listValue(list)
                } else if let value = slot.value {
                    values[name] = value
                }
            }
            active.slots = values
            active.lists = lists
        }
        if let confirmation = returned.confirmationState {
            active.confirmationState = confirmation
        }
        return current
    }

    /// Renders configured message groups and adds them to the reply.
    func say(
        _ groups: [MessageGroupSpec], key: @autoclosure () -> String, active: ActiveIntent?, _ turn: inout TurnState
    ) {
        guard !groups.isEmpty else { return }
        let key = key()
        turn.trace.messageKeys.append(key)
        let renderer = MessageRenderer(seed: options.variationSeed)
        for (index, group) in groups.enumerated() {
            let text = renderer.render(
                group,
                slots: active?.slots ?? [:],
                attributes: turn.record.attributes,
                salt: "\(turn.sessionId)|\(turn.record.turns)|\(key)|\(index)"
            )
            turn.messages.append(.plain(text))
        }
    }
}
