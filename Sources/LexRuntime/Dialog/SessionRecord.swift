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
    /// The active contexts.
    var contexts: [SessionContext] = []
    /// When the last request of the session arrived (seconds on the conversation's clock), for the
    /// idle session timeout.
    var lastRequestAt: Int64?
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
    /// Slot values heard so far; absent keys are unfilled. A multi-valued slot's entry is its whole
    /// phrase (`value` of a `List` slot).
    var slots: [String: SlotValue] = [:]
    /// The values of multi-valued slots, in order, by slot name; `nil` while there are none (an
    /// intent is copied many times a turn, and most have no multi-valued slot).
    var lists: [String: [SlotValue]]?
    /// Whether the user confirmed.
    var confirmationState: ConfirmationState = .none
    /// What the user is answering.
    var phase: Phase = .start
    /// How the intent ended up: `Fulfilled` after fulfillment succeeded, `Failed` after it failed, a
    /// hook step failed or the user declined; `nil` while undecided.
    var outcome: IntentState?

    /// The slot's value if it has an interpreted value (a filled slot).
    func filledValue(_ slot: String) -> SlotValue? {
        guard let value = slots[slot], value.interpretedValue != nil else { return nil }
        return value
    }

    /// Sets or clears a slot (and its list of values).
    mutating func set(_ slot: String, _ value: SlotValue?, list: [SlotValue]? = nil) {
        slots[slot] = value
        if let list {
            lists = (lists ?? [:]).updating(slot, to: list)
        } else if lists?[slot] != nil {
            lists?[slot] = nil
        }
    }

    /// The slots in the wire shape: every slot of `intent` as a key, unfilled ones null.
    func wireSlots(of intent: RuntimeIntent) -> [String: Slot?] {
        var result = [String: Slot?](minimumCapacity: intent.slots.count + slots.count)
        var found = 0
        // By index: iterating the slots would copy each one, with all its parts.
        for index in intent.slots.indices {
            let name = intent.slots[index].name
            guard let value = slots[name] else {
                result[name] = .some(nil)
                continue
            }
            found += 1
            result[name] = lists == nil ? Slot(value: value) : wire(name, value)
        }
        if found < slots.count {
            for (name, value) in slots where result.index(forKey: name) == nil {
                result[name] = lists == nil ? Slot(value: value) : wire(name, value)
            }
        }
        return result
    }

    /// One slot in the wire shape: `List` with its values for a multi-valued slot.
    private func wire(_ name: String, _ value: SlotValue) -> Slot {
        guard let items = lists?[name] else { return Slot(value: value) }
        return Slot(shape: Slot.listShape, value: value, values: items.map { Slot(value: $0) })
    }

    /// The intent in the wire shape.
    func wireIntent(of intent: RuntimeIntent, state: IntentState) -> Intent {
        Intent(name: name, slots: wireSlots(of: intent), state: state, confirmationState: confirmationState)
    }
}

extension Dictionary {
    /// The dictionary with `key` set to `value`.
    fileprivate func updating(_ key: Key, to value: Value) -> Self {
        var copy = self
        copy[key] = value
        return copy
    }
}
