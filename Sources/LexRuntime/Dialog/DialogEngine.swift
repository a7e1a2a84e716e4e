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
        let active = ActiveIntent(name: intent.name, slots: candidate.slots)
        try await advance(active, intent: intent, attempt: .none, &turn)
    }

    /// Handles an answer to a slot prompt.
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
        switch nlu.fill(slot, of: intent.name, from: turn.input, now: turn.now) {
        case .value(let value, let others, let source):
            active.slots[slot.name] = value
            for (name, other) in others { active.slots[name] = other }
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
            active.slots[slot.name] = SlotValue(originalValue: original, interpretedValue: nil, resolvedValues: [])
        }
        try await advance(active, intent: intent, attempt: .slot(slot.name, failures: failures), &turn)
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
        switch answer {
        case "Yes":
            active.confirmationState = .confirmed
            try await advance(active, intent: intent, attempt: .none, &turn)
        case "No":
            active.confirmationState = .denied
            try await advance(active, intent: intent, attempt: .none, &turn)
        default:
            if answer == nil, let (candidate, other) = switchTarget(from: intent, turn) {
                try await start(candidate, intent: other, &turn)
                return
            }
            try await advance(active, intent: intent, attempt: .confirmation(failures: failures), &turn)
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
