import CodeHooks

extension DialogEngine {
    /// Records the slots of custom slot types among `slots` (filled from this turn's input) in the
    /// turn's trace, in slot-name order: what shows that a run exercised a slot type's value or synonym.
    func traceFills(_ slots: [String: SlotValue], of intent: RuntimeIntent, _ turn: inout TurnState) {
        guard !slots.isEmpty else { return }
        for (name, value) in slots.sorted(by: { $0.key < $1.key }) {
            guard let type = intent.slot(name)?.type, locale.slotTypes[type] != nil else { continue }
            turn.trace.slotFills.append(
                TurnTrace.SlotFill(
                    intent: intent.name, slot: name, slotType: type, originalValue: value.originalValue ?? "",
                    interpretedValue: value.interpretedValue, resolvedValues: value.resolvedValues ?? []))
        }
    }
}
