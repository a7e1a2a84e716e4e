import CodeHooks

/// The dialog state machine of one locale: recognises intents, elicits slots, confirms, invokes the
/// code hooks and fulfils, exactly as DESIGN §5 documents (docs/simulator.md).
///
/// A value type holding only immutable configuration; all session state travels in the
/// `TurnState`, so one engine serves any number of concurrent sessions.
struct DialogEngine: Sendable {
    /// The locale being run.
    let locale: RuntimeLocale
    /// Its NLU stand-in.
    let nlu: LocaleNLU
    /// The code hook for intents with hooks enabled (the alias's Lambda), if any.
    let hook: (any CodeHook)?
    /// Simulator settings.
    let options: RuntimeOptions
    /// What hooks are told about the bot.
    let botInfo: BotInfo
    /// Checks hook responses against the contract and the locale's intents and slots.
    let validator: CodeHookResponseValidator
    /// The trace's names for the locale's messages and slots.
    let traceKeys: TraceKeys
    /// The intents that have input contexts, with them: each is recognised only while all are active.
    let gatedIntents: [(intent: String, contexts: [String])]

    /// Creates the engine of a locale from its prepared NLU and validator.
    init(
        locale: RuntimeLocale, prepared: PreparedBot.Locale, hook: (any CodeHook)?, options: RuntimeOptions,
        botInfo: BotInfo
    ) {
        self.locale = locale
        self.nlu = prepared.nlu
        self.hook = hook
        self.options = options
        self.botInfo = botInfo
        self.validator = prepared.validator
        self.traceKeys = prepared.traceKeys
        self.gatedIntents = locale.intents.compactMap { intent in
            let contexts = intent.flow.inputContexts
            return contexts.isEmpty ? nil : (intent.name, contexts)
        }
    }

    /// The intents that cannot be recognised now because an input context of theirs is not active.
    func ineligibleIntents(_ record: SessionRecord) -> Set<String> {
        guard !gatedIntents.isEmpty else { return [] }
        let contexts = record.activeContextNames
        var result: Set<String> = []
        for gated in gatedIntents where !gated.contexts.allSatisfy(contexts.contains) {
            result.insert(gated.intent)
        }
        return result
    }

    /// What the user's answer counted as, for retry counting.
    enum Attempt: Sendable, Equatable {
        /// Not an answer to a prompt (a new intent, or an answer that settled its prompt).
        case none
        /// An answer to the prompt for a slot, with the failures before it.
        case slot(String, failures: Int)
        /// An unclear answer to the confirmation prompt, with the failures before it.
        case confirmation(failures: Int)
    }

    /// Runs one turn on `turn.record`.
    func run(_ turn: inout TurnState) async throws(TurnError) {
        if let active = turn.record.active, let intent = locale.intent(active.name) {
            switch active.phase {
            case .eliciting(let slotName, let failures):
                if let slot = intent.slot(slotName) {
                    try await answerSlot(slot, failures: failures, active: active, intent: intent, &turn)
                    return
                }
            case .confirming(let failures):
                try await answerConfirmation(failures: failures, active: active, intent: intent, &turn)
                return
            case .start:
                break
            }
        }
        try await recognize(&turn)
    }

    /// Classifies the input and starts the best intent.
    private func recognize(_ turn: inout TurnState) async throws(TurnError) {
        guard let top = turn.candidates.first, let intent = locale.intent(top.intent) else {
            turn.record.active = nil
            turn.finish(DialogAction(type: .elicitIntent), intent: nil)
            return
        }
        try await start(top, intent: intent, &turn)
    }

    /// Starts `candidate`'s intent with the slots its utterance captured.
    func start(_ candidate: LocaleNLU.Candidate, intent: RuntimeIntent, _ turn: inout TurnState) async throws(TurnError)
    {
        turn.trace.recognizedIntent = intent.name
        if let index = candidate.utterance {
            let exact = candidate.confidence >= 1
            turn.trace.utterances.append(.init(intent: intent.name, index: index, exact: exact))
        }
        if try handledAsBuiltIn(intent, &turn) { return }
        traceFills(candidate.slots, of: intent, &turn)
        var active = ActiveIntent(name: intent.name, slots: candidate.slots)
        splitLists(&active, of: intent, now: turn.now)
        try await enter(active, intent: intent, suppressInitialResponse: false, &turn)
    }

    /// Handles an answer to a slot prompt: fills the slot, lets the elicitation hook see the answer,
    /// then continues with the slot's capture step or retries it.
    private func answerSlot(
        _ slot: RuntimeSlot,
        failures: Int,
        active: ActiveIntent,
        intent: RuntimeIntent,
        _ turn: inout TurnState
    ) async throws(TurnError) {
        var active = active
        if let (candidate, other) = builtInTakeover(of: slot, from: intent, turn) {
            try await start(candidate, intent: other, &turn)
            return
        }
        if slot.flow.allowsMultipleValues, let values = listAnswer(for: slot, turn.text, now: turn.now) {
            active.set(slot.name, ActiveIntent.listValue(values, phrase: turn.text), list: values)
            if let value = active.slots[slot.name] { traceFills([slot.name: value], of: intent, &turn) }
        } else {
            switch nlu.fill(slot, of: intent.name, from: turn.input, now: turn.now) {
            case .value(let value, let others, let source):
                active.set(slot.name, value, list: slot.flow.allowsMultipleValues ? [value] : nil)
                for (name, other) in others { active.slots[name] = other }
                traceFills(others.merging([slot.name: value]) { _, elicited in elicited }, of: intent, &turn)
                switch source {
                case .wholeInput: break
                case .slotUtterance(let index):
                    turn.trace.utterances.append(.init(intent: intent.name, slot: slot.name, index: index, exact: true))
                case .intentUtterance(let index):
                    turn.trace.utterances.append(.init(intent: intent.name, index: index, exact: true))
                }
            case .unresolved(let original):
                if let (candidate, other) = switchTarget(from: intent, turn) {
                    try await start(candidate, intent: other, &turn)
                    return
                }
                active.set(slot.name, SlotValue(originalValue: original, interpretedValue: nil, resolvedValues: []))
            }
        }
        let attempt = Attempt.slot(slot.name, failures: failures)
        var current = intent
        let label = slot.flow.elicitationHook?.label
        if label != nil, let key = slot.flow.elicitationHook?.coverageKey { turn.trace.note(hookStep: key) }
        if slot.flow.elicitationHook?.invokesHook ?? true {
            let proposal = proposedStep(afterAnswering: slot, failures: failures, active, intent: intent)
            switch try await hookOnInput(
                &active, intent: &current, attempt: attempt, label: label, proposal: proposal, &turn)
            {
            case .handled: return
            case .switched:
                try await progress(
                    active, intent: current, step: nextStep(active, intent: current, attempt: .none), &turn)
                return
            case .delegated: break
            }
        }
        guard let answered = current.name == intent.name ? slot : current.slot(slot.name) else { return }
        if active.filledValue(answered.name) != nil {
            try await captured(answered, active: active, intent: current, viaNextStep: false, &turn)
        } else if answered.required {
            let step: Step =
                failures + 1 > answered.maxRetries
                ? .slotFailed(answered.name) : .elicit(answered.name, failures: failures + 1)
            try await progress(active, intent: current, step: step, &turn)
        } else {
            try await progress(
                active, intent: current, step: nextStep(active, intent: current, attempt: attempt), &turn)
        }
    }

    /// Handles an answer to the confirmation prompt.
    private func answerConfirmation(
        failures: Int,
        active: ActiveIntent,
        intent: RuntimeIntent,
        _ turn: inout TurnState
    ) async throws(TurnError) {
        var active = active
        let answer = nlu.resolve("AMAZON.Confirmation", turn.text, now: turn.now).interpretedValue
        let attempt: Attempt
        switch answer {
        case "Yes":
            active.confirmationState = .confirmed
            attempt = .none
        case "No":
            active.confirmationState = .denied
            attempt = .none
        default:
            if answer == nil, let (candidate, other) = switchTarget(from: intent, turn) {
                try await start(candidate, intent: other, &turn)
                return
            }
            attempt = .confirmation(failures: failures)
        }
        var current = intent
        let setting = intent.confirmation?.flow.elicitationHook
        if let setting, setting.label != nil { turn.trace.note(hookStep: setting.coverageKey) }
        if setting?.invokesHook ?? true {
            let proposal = nextStep(active, intent: intent, attempt: attempt)
            switch try await hookOnInput(
                &active, intent: &current, attempt: attempt, label: setting?.label, proposal: proposal, &turn)
            {
            case .handled: return
            case .switched:
                try await progress(
                    active, intent: current, step: nextStep(active, intent: current, attempt: .none), &turn)
                return
            case .delegated: break
            }
        }
        let step = nextStep(active, intent: current, attempt: attempt)
        if step == .fulfill, answer == "Yes", active.confirmationState == .confirmed,
            let confirmation = current.confirmation
        {
            try await confirmed(confirmation, active: active, intent: current, &turn)
        } else {
            try await progress(active, intent: current, step: step, &turn)
        }
    }

    /// Another intent the input matches exactly (confidence 1.0), which takes over the dialog.
    private func switchTarget(from intent: RuntimeIntent, _ turn: TurnState) -> (LocaleNLU.Candidate, RuntimeIntent)? {
        for candidate in turn.candidates where candidate.confidence >= 1 && !candidate.isFallback {
            guard candidate.intent != intent.name, let other = locale.intent(candidate.intent) else { continue }
            return (candidate, other)
        }
        return nil
    }
}
