import CodeHooks

extension SessionRecord {
    /// A record rebuilt from a client-supplied session state (RecognizeText's `sessionState`).
    ///
    /// The dialog action tells what the user is answering: ElicitSlot continues that slot's
    /// elicitation, ConfirmIntent the confirmation; anything else starts afresh. Active contexts
    /// are kept from `previous` when the state leaves them out, and replaced (activated `now`)
    /// when it lists them, as RecognizeText does (an empty list clears them).
    init(restoring state: SessionState, previous: SessionRecord, now: Int64, locale: RuntimeLocale) {
        self.init()
        self.turns = previous.turns
        self.lastRequestAt = previous.lastRequestAt
        attributes = state.sessionAttributes ?? [:]
        if let contexts = state.activeContexts {
            self.contexts = contexts.map { SessionContext($0, now: now) }
        } else {
            self.contexts = previous.contexts
        }
        guard let intent = state.intent, locale.intent(intent.name) != nil else { return }
        var active = ActiveIntent(name: intent.name)
        for (name, slot) in intent.slots ?? [:] {
            guard let slot else { continue }
            if let value = slot.value {
                active.set(name, value, list: slot.values.map { $0.compactMap(\.value) })
            } else if let values = slot.values {
                active.set(name, ActiveIntent.listValue(values.compactMap(\.value)), list: values.compactMap(\.value))
            }
        }
        active.confirmationState = intent.confirmationState ?? .none
        switch state.dialogAction?.type {
        case .elicitSlot?:
            if let slot = state.dialogAction?.slotToElicit { active.phase = .eliciting(slot: slot, failures: 0) }
        case .confirmIntent?:
            active.phase = .confirming(failures: 0)
        default:
            break
        }
        self.active = active
    }
}

extension ActiveIntent {
    /// The whole value of a multi-valued slot given only its values: their interpreted values
    /// joined with ", ".
    static func listValue(_ values: [SlotValue]) -> SlotValue {
        let text = values.compactMap { $0.interpretedValue ?? $0.originalValue }.joined(separator: ", ")
        return SlotValue(originalValue: text, interpretedValue: text, resolvedValues: [text])
    }
}
