import CodeHooks
import LexConditions
import LexModel

/// Following configured next steps and conditional branches (lex-v2-flows §3, §4).
extension DialogEngine {
    /// The most flow steps one turn may take without waiting for the user. A malformed flow (a
    /// conditional whose branch evaluates it again, two intents starting each other) fails the turn
    /// here instead of looping; real flows take a handful.
    static let flowStepLimit = 64

    /// Follows `path` from `point`: its next step, else its active conditional, else `continuation`.
    /// A next step `EvaluateConditional` evaluates the path's conditional.
    func follow(
        _ path: FlowPath, from point: FlowPoint, then continuation: Continuation, active: ActiveIntent,
        intent: RuntimeIntent, _ turn: inout TurnState
    ) async throws(TurnError) {
        if let next = path.next {
            if !next.coverageKey.isEmpty { turn.trace.note(nextStep: next.coverageKey) }
            try await take(next, path: path, from: point, then: continuation, active: active, intent: intent, &turn)
        } else if let conditional = path.conditional, conditional.isActive {
            try await evaluate(
                conditional, path: path, from: point, then: continuation, active: active, intent: intent, &turn)
        } else {
            try await continueWith(continuation, active: active, intent: intent, &turn)
        }
    }

    /// Counts a flow step and fails the turn when a flow loops.
    func countStep(_ description: @autoclosure () -> String, intent: RuntimeIntent, _ turn: inout TurnState)
        throws(TurnError)
    {
        turn.flowSteps += 1
        // Only the steps just before the limit are named (a loop repeats them); a turn that stays
        // under it formats none.
        if turn.flowSteps > Self.flowStepLimit - 6 { turn.recentFlowSteps.append(description()) }
        guard turn.flowSteps > Self.flowStepLimit else { return }
        throw TurnError(
            .invalidFlow,
            "the conversation flow took more than \(Self.flowStepLimit) steps in one turn without waiting for the "
                + "user, in intent '\(intent.name)'; it loops through "
                + turn.recentFlowSteps.joined(separator: " → "))
    }

    /// Evaluates `conditional`: the first branch whose condition holds, else the default branch.
    func evaluate(
        _ conditional: FlowConditional, path: FlowPath, from point: FlowPoint, then continuation: Continuation,
        active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) async throws(TurnError) {
        try countStep("EvaluateConditional", intent: intent, &turn)
        var chosen = conditional.defaultBranch
        if conditional.isActive {
            let environment = FlowConditionEnvironment(active: active, intent: intent, turn: turn)
            branches: for branch in conditional.branches {
                switch branch.condition {
                case .failure(let error)?:
                    throw TurnError(
                        .invalidFlow,
                        "the condition of \(branch.coverageKey) does not parse: \(error.description) in "
                            + "\"\(branch.expression)\"")
                case .success(let condition)?:
                    if condition.evaluate(in: environment).isMatched {
                        chosen = branch
                        break branches
                    }
                case nil:
                    continue
                }
            }
        }
        turn.trace.note(branch: chosen.coverageKey)
        say(chosen.response, key: chosen.coverageKey, active: active, &turn)
        guard let next = chosen.next else {
            try await continueWith(continuation, active: active, intent: intent, &turn)
            return
        }
        try await take(next, path: path, from: point, then: continuation, active: active, intent: intent, &turn)
    }

    /// Takes one next step: sets its values, then acts on its dialog action.
    func take(
        _ step: FlowStep, path: FlowPath, from point: FlowPoint, then continuation: Continuation,
        active: ActiveIntent, intent: RuntimeIntent, _ turn: inout TurnState
    ) async throws(TurnError) {
        try countStep(step.actionText, intent: intent, &turn)
        var active = active
        var intent = intent
        let switching = step.intentName.map { $0 != intent.name } ?? false
        if switching, step.action == .elicitSlot || step.action == .startIntent, let name = step.intentName {
            guard let target = locale.intent(name) else {
                throw TurnError(
                    .invalidFlow,
                    "a next step of intent '\(intent.name)' switches to intent '\(name)', which locale "
                        + "'\(locale.id)' does not have")
            }
            let previous = active
            active = ActiveIntent(name: target.name)
            setValues(of: step, on: &active, intent: target, reading: previous, &turn)
            intent = target
        } else if step.action == .startIntent {
            // "Jump to initial response": the intent starts again from the beginning.
            let previous = active
            active = ActiveIntent(name: intent.name)
            setValues(of: step, on: &active, intent: intent, reading: previous, &turn)
        } else {
            let previous = active
            setValues(of: step, on: &active, intent: intent, reading: previous, &turn)
        }
        let suppressed = step.suppressNextMessage
        switch step.action {
        case .elicitSlot?:
            guard let slotName = step.slotToElicit, let slot = intent.slot(slotName) else {
                throw TurnError(
                    .invalidFlow,
                    "a next step of intent '\(intent.name)' elicits slot '\(step.slotToElicit ?? "")', which the "
                        + "intent does not have")
            }
            if switching || active.filledValue(slotName) == nil {
                prompt(for: slotName, failures: 0, suppressed: suppressed, active: active, intent: intent, &turn)
            } else {
                try await captured(slot, active: active, intent: intent, viaNextStep: true, &turn)
            }
        case .startIntent?:
            turn.record.active = nil
            try await enter(active, intent: intent, suppressInitialResponse: suppressed, &turn)
        case .confirmIntent?:
            guard intent.confirmation != nil else {
                throw TurnError(
                    .invalidFlow,
                    "a next step of intent '\(intent.name)' asks for confirmation, but the intent has no active "
                        + "confirmation prompt")
            }
            active.confirmationState = .none
            askConfirmation(failures: 0, suppressed: suppressed, active: active, intent: intent, &turn)
        case .fulfillIntent?:
            try await fulfill(active, intent: intent, &turn)
        case .closeIntent?:
            try await closingStep(active, intent: intent, suppressed: suppressed, &turn)
        case .evaluateConditional?:
            guard let conditional = path.conditional else {
                throw TurnError(
                    .invalidFlow,
                    "a next step of intent '\(intent.name)' evaluates conditional branches, but its step has none")
            }
            try await evaluate(
                conditional, path: path, from: point, then: continuation, active: active, intent: intent, &turn)
        case .invokeDialogCodeHook?:
            try await runCodeHook(at: point, active: active, intent: intent, &turn)
        case .elicitIntent?:
            turn.record.active = nil
            turn.finish(
                DialogAction(type: .elicitIntent),
                intent: active.wireIntent(of: intent, state: active.outcome ?? .inProgress))
        case .endConversation?:
            end(active, intent: intent, &turn)
        case nil:
            try await continueWith(continuation, active: active, intent: intent, &turn)
        }
    }

    /// Applies a step's slot values and session attributes. References (`{Slot}`, `[attribute]`,
    /// `$.path`) read `source` (the intent before a switch); one that reads nothing sets `null`.
    func setValues(
        of step: FlowStep, on active: inout ActiveIntent, intent: RuntimeIntent, reading source: ActiveIntent,
        _ turn: inout TurnState
    ) {
        guard !step.slotValues.isEmpty || !step.sessionAttributes.isEmpty else { return }
        let environment = FlowConditionEnvironment(active: source, intent: intent, turn: turn)
        for (slot, value) in step.slotValues.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .clear:
                active.set(slot, nil)
            case .value(let text):
                guard let resolved = environment.reference(text) else {
                    active.set(slot, nil)
                    continue
                }
                let value = SlotValue(originalValue: resolved, interpretedValue: resolved, resolvedValues: [resolved])
                let isList = intent.slot(slot)?.flow.allowsMultipleValues ?? false
                active.set(slot, value, list: isList ? [value] : nil)
            case .list(let items):
                let values = items.map { SlotValue(originalValue: $0, interpretedValue: $0, resolvedValues: [$0]) }
                active.set(slot, ActiveIntent.listValue(values), list: values)
            }
        }
        for (key, text) in step.sessionAttributes.sorted(by: { $0.key < $1.key }) {
            turn.record.attributes[key] = environment.reference(text)
        }
    }
}
