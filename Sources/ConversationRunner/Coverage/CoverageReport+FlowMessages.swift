import LexRuntime

extension Universe {
    /// The responses an intent's flow configures, by the keys the simulator's traces use: the
    /// initial response, capture responses, the confirmation response, the post-fulfillment
    /// responses and the responses after each code hook step outcome.
    mutating func addFlowMessages(_ intent: RuntimeIntent, named name: String) {
        let flow = intent.flow
        if !flow.initialResponse.isEmpty { messages.append(name + ".initial") }
        addHookMessages(flow.initialCodeHook, at: name + ".initial")
        for slot in intent.slots {
            let slotFlow = slot.flow
            if !slotFlow.captureResponse.isEmpty { messages.append(name + ".slot." + slot.name + ".capture") }
            addHookMessages(slotFlow.codeHook, at: name + ".slot." + slot.name)
        }
        if let confirmation = intent.confirmation {
            let confirmationFlow = confirmation.flow
            if !confirmationFlow.confirmationResponse.isEmpty { messages.append(name + ".confirmation.confirm") }
            addHookMessages(confirmationFlow.codeHook, at: name + ".confirmation")
        }
        if let fulfillment = flow.fulfillment {
            for (outcome, configured) in [
                ("success", fulfillment.success), ("failure", fulfillment.failure), ("timeout", fulfillment.timeout),
            ] where !configured.response.isEmpty {
                messages.append(name + ".fulfillment." + outcome)
            }
        }
    }

    private mutating func addHookMessages(_ hook: FlowCodeHook?, at location: String) {
        guard let hook else { return }
        for (outcome, configured) in [("success", hook.success), ("failure", hook.failure), ("timeout", hook.timeout)]
        where !configured.response.isEmpty {
            messages.append(location + ".hook." + outcome)
        }
    }
}
