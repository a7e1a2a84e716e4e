import CodeHooks

/// Everything the simulator remembers about one session between turns.
///
/// More than Lex's visible `SessionState`: the attempt counters behind `Retry1`... and which prompt
/// the user is answering. The visible state is derived from it for every response.
struct SessionRecord: Sendable {
    /// Session attributes; they persist for the whole session.
    var attributes: [String: String] = [:]
    /// The intent in progress, if any.
    var active: ActiveIntent?
    /// Number of turns taken so far (for seeded message variations).
    var turns = 0
    /// The bot's last reply, which AMAZON.RepeatIntent says again.
    var lastReply: LastReply?
}

/// A reply as the session remembers it for AMAZON.RepeatIntent.
struct LastReply: Sendable {
    /// The messages said.
    var messages: [Message]
    /// The dialog action.
    var action: DialogAction?
    /// The intent reported with it.
    var intent: Intent?
}

/// An intent in progress and what the bot last asked.
struct ActiveIntent: Sendable {
    /// What the user is answering.
    enum Phase: Sendable, Equatable {
        /// Nothing asked yet (the intent was just recognised).
        case start
        /// A slot prompt, with the failed attempts so far.
        case eliciting(slot: String, failures: Int)
        /// The confirmation prompt, with the failed attempts so far.
        case confirming(failures: Int)
    }

    /// The intent name.
    var name: String
    /// Slot values heard so far; absent keys are unfilled.
    var slots: [String: SlotValue] = [:]
    /// Whether the user confirmed.
    var confirmationState: ConfirmationState = .none
    /// What the user is answering.
    var phase: Phase = .start

    /// The slot's value if it has an interpreted value (a filled slot).
    func filledValue(_ slot: String) -> SlotValue? {
        guard let value = slots[slot], value.interpretedValue != nil else { return nil }
        return value
    }

    /// The slots in the wire shape: every slot of `intent` as a key, unfilled ones null.
    func wireSlots(of intent: RuntimeIntent) -> [String: Slot?] {
        var result = [String: Slot?](minimumCapacity: intent.slots.count + slots.count)
        var found = 0
        for slot in intent.slots {
            let value = slots[slot.name]
            if value != nil { found += 1 }
            result[slot.name] = .some(value.map { Slot(value: $0) })
        }
        if found < slots.count {
            for (name, value) in slots where result.index(forKey: name) == nil {
                result[name] = Slot(value: value)
            }
        }
        return result
    }

    /// The intent in the wire shape.
    func wireIntent(of intent: RuntimeIntent, state: IntentState) -> Intent {
        Intent(name: name, slots: wireSlots(of: intent), state: state, confirmationState: confirmationState)
    }
}
