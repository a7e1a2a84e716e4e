/// The parts of an intent's flow that coverage counts and scripts may name, listed from the model
/// so a report can say which of them no script reached.
extension RuntimeIntent {
    /// The configured items of the intent's flow, by the names turn traces use, in flow order.
    public struct FlowItems: Sendable, Equatable {
        /// Configured next steps (`TurnTrace.nextSteps`).
        public var nextSteps: [String] = []
        /// Conditional branches, default branches included (`TurnTrace.branches`).
        public var branches: [String] = []
        /// Code hook steps and elicitation code hooks that have an invocation label
        /// (`TurnTrace.hookSteps`).
        public var labelledHookSteps: [String] = []
        /// The invocation labels the intent's hooks are called with.
        public var invocationLabels: [String] = []
    }

    /// The configured items of the intent's flow.
    public var flowItems: FlowItems {
        var items = FlowItems()
        let flow = self.flow
        items.add(flow.initial)
        items.add(flow.initialCodeHook)
        for slot in slots {
            let slotFlow = slot.flow
            items.add(slotFlow.onCapture)
            items.add(slotFlow.onFailure)
            items.add(slotFlow.codeHook)
            items.add(slotFlow.elicitationHook)
        }
        if let confirmation {
            let confirmationFlow = confirmation.flow
            items.add(confirmationFlow.onConfirm)
            items.add(confirmationFlow.onDecline)
            items.add(confirmationFlow.onFailure)
            items.add(confirmationFlow.codeHook)
            items.add(confirmationFlow.elicitationHook)
        }
        if let fulfillment = flow.fulfillment {
            items.add(fulfillment.success.path)
            items.add(fulfillment.failure.path)
            items.add(fulfillment.timeout.path)
        }
        items.add(flow.closing)
        return items
    }
}

extension RuntimeIntent.FlowItems {
    fileprivate mutating func add(_ path: FlowPath) {
        if let next = path.next, !next.coverageKey.isEmpty { nextSteps.append(next.coverageKey) }
        guard let conditional = path.conditional else { return }
        if conditional.isActive {
            branches += conditional.branches.map(\.coverageKey)
            branches.append(conditional.defaultBranch.coverageKey)
        } else if path.next?.action == .evaluateConditional {
            branches.append(conditional.defaultBranch.coverageKey)
        }
    }

    fileprivate mutating func add(_ hook: FlowCodeHook?) {
        guard let hook else { return }
        if let label = hook.label {
            labelledHookSteps.append(hook.coverageKey)
            if !invocationLabels.contains(label) { invocationLabels.append(label) }
        }
        add(hook.success.path)
        add(hook.failure.path)
        add(hook.timeout.path)
    }

    fileprivate mutating func add(_ hook: FlowElicitationHook?) {
        guard let hook, let label = hook.label else { return }
        labelledHookSteps.append(hook.coverageKey)
        if !invocationLabels.contains(label) { invocationLabels.append(label) }
    }
}
