import CodeHooks

extension SessionRecord {
    /// A record rebuilt from a client-supplied session state (RecognizeText's `sessionState`).
    ///
    /// The dialog action tells what the user is answering: ElicitSlot continues that slot's
    /// elicitation, ConfirmIntent the confirmation; anything else starts afresh.
    init(restoring state: SessionState, turns: Int, locale: RuntimeLocale) {
        self.init()
        self.turns = turns
        attributes = state.sessionAttributes ?? [:]
        guard let intent = state.intent, locale.intent(intent.name) != nil else { return }
        var active = ActiveIntent(name: intent.name)
        for (name, slot) in intent.slots ?? [:] {
            if let value = slot?.value { active.slots[name] = value }
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
