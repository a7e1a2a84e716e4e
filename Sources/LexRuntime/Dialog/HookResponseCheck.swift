import CodeHooks

/// Checks a hook's response against what the simulator needs to obey it.
enum HookResponseCheck {
    /// Every problem with `response`, as readable sentences; empty when it can be obeyed.
    static func problems(in response: CodeHookResponse, locale: RuntimeLocale, event: CodeHookEvent) -> [String] {
        var problems: [String] = []
        guard let action = response.sessionState.dialogAction else {
            return ["sessionState.dialogAction is missing"]
        }
        guard DialogActionType.responseTypes.contains(action.type) else {
            let valid = DialogActionType.responseTypes.map(\.rawValue).joined(separator: ", ")
            return ["unknown dialog action type '\(action.type.rawValue)' (expected one of \(valid))"]
        }
        let intentName = response.sessionState.intent?.name ?? event.sessionState.intent?.name ?? ""
        if action.type == .elicitSlot {
            if let slot = action.slotToElicit {
                if let intent = locale.intent(intentName), intent.slot(slot) == nil {
                    let names = intent.slots.map(\.name).joined(separator: ", ")
                    problems.append("ElicitSlot names slot '\(slot)', which intent '\(intentName)' does not have (slots: \(names))")
                }
            } else {
                problems.append("ElicitSlot needs sessionState.dialogAction.slotToElicit")
            }
        }
        if action.type == .close, let state = response.sessionState.intent?.state,
            ![IntentState.fulfilled, .failed, .inProgress].contains(state)
        {
            problems.append("Close needs intent.state Fulfilled, Failed or InProgress, not '\(state.rawValue)'")
        }
        if [DialogActionType.elicitIntent, .confirmIntent].contains(action.type), (response.messages ?? []).isEmpty,
            action.type == .elicitIntent
        {
            problems.append("ElicitIntent needs at least one message")
        }
        if let name = response.sessionState.intent?.name, locale.intent(name) == nil {
            problems.append("intent '\(name)' is not an intent of locale \(locale.id)")
        }
        return problems
    }
}
