import MeetyDiagnostics

/// Checks a code hook's response against the rules Lex V2 applies, so that the simulator can
/// report a broken response as the turn's error, with every problem explained, instead of
/// guessing what the hook meant.
///
/// The rules follow the Lex V2 developer guide's "Lambda response format": `sessionState` and
/// `dialogAction.type` are always required; `ElicitSlot` needs `slotToElicit` and an intent name;
/// `ConfirmIntent` an intent name and a message; `ElicitIntent` a message; `Close` an intent name
/// and a state of Failed, Fulfilled or InProgress; states, content types and message sizes must be
/// ones Lex accepts. Every problem is returned, in a fixed order, not just the first.
public struct CodeHookResponseValidator: Sendable {
    /// The bot's intents and their slot names. When given, the response's intent must be one of
    /// them, and `slotToElicit` and the keys of `intent.slots` must be slots of that intent.
    public var slotNamesByIntent: [String: [String]]?

    /// Creates a validator; pass the bot's intents and slots to also check names against them.
    public init(slotNamesByIntent: [String: [String]]? = nil) {
        self.slotNamesByIntent = slotNamesByIntent
    }

    /// At most this many messages per response (RecognizeText returns at most 10).
    public static let maxMessages = 10
    /// At most this many UTF-16 code units of message content (Lex counts as Java does).
    public static let maxContentLength = 1024
    /// At most this many buttons per image response card.
    public static let maxButtons = 5

    /// Every problem with `response`, in a fixed order: dialog action, intent, messages, session
    /// attributes. Empty when the response is valid.
    public func validate(_ response: CodeHookResponse) -> [CodeHookResponseProblem] {
        var problems: [CodeHookResponseProblem] = []
        let state = response.sessionState
        let messageCount = response.messages?.count ?? 0
        if let action = state.dialogAction {
            problems += actionProblems(action, intent: state.intent, messageCount: messageCount)
        } else {
            problems.append(
                .init(
                    kind: .missingDialogActionType,
                    path: "sessionState.dialogAction.type",
                    message: "missing field sessionState.dialogAction.type"
                )
            )
        }
        if let intent = state.intent {
            problems += intentProblems(intent, action: state.dialogAction)
        }
        problems += messageProblems(response.messages ?? [])
        problems += sessionAttributeProblems(state.sessionAttributes ?? [:])
        return problems
    }

    /// The rules of the dialog action type: the type itself and what it requires.
    private func actionProblems(_ action: DialogAction, intent: Intent?, messageCount: Int) -> [CodeHookResponseProblem]
    {
        let type = action.type
        guard DialogActionType.responseTypes.contains(type) else {
            let valid = DialogActionType.responseTypes.map(\.rawValue)
            return [
                .init(
                    kind: .unknownDialogActionType,
                    path: "sessionState.dialogAction.type",
                    message:
                        "invalid dialog action type '\(type)'\(Suggestions.hint(for: type.rawValue, among: valid)); "
                        + "valid types: \(valid.joined(separator: ", "))"
                )
            ]
        }
        var problems: [CodeHookResponseProblem] = []
        let hasIntentName = !(intent?.name.isEmpty ?? true)
        if [.elicitSlot, .confirmIntent, .close].contains(type), !hasIntentName {
            problems.append(
                .init(
                    kind: .missingIntentName,
                    path: "sessionState.intent.name",
                    message: "\(type) needs sessionState.intent.name"
                )
            )
        }
        if type == .elicitSlot, action.slotToElicit?.isEmpty ?? true {
            problems.append(
                .init(
                    kind: .missingSlotToElicit,
                    path: "sessionState.dialogAction.slotToElicit",
                    message: "ElicitSlot needs sessionState.dialogAction.slotToElicit"
                )
            )
        }
        if [.confirmIntent, .elicitIntent].contains(type), messageCount == 0 {
            problems.append(
                .init(kind: .missingMessages, path: "messages", message: "\(type) needs at least one message")
            )
        }
        if type == .close {
            problems += closeStateProblems(intent?.state)
        }
        return problems
    }

    /// `Close` needs an intent state of Failed, Fulfilled or InProgress.
    private func closeStateProblems(_ state: IntentState?) -> [CodeHookResponseProblem] {
        let valid = IntentState.closeStates.map(\.rawValue)
        let list = "\(valid[0]), \(valid[1]) or \(valid[2])"
        guard let state else {
            return [
                .init(
                    kind: .invalidCloseState,
                    path: "sessionState.intent.state",
                    message: "Close needs sessionState.intent.state (\(list))"
                )
            ]
        }
        guard !IntentState.closeStates.contains(state) else { return [] }
        return [
            .init(
                kind: .invalidCloseState,
                path: "sessionState.intent.state",
                message: "Close needs sessionState.intent.state \(list), not '\(state)'"
                    + Suggestions.hint(for: state.rawValue, among: valid)
            )
        ]
    }

    /// Known states, and (when the bot is known) a known intent with known slots.
    private func intentProblems(_ intent: Intent, action: DialogAction?) -> [CodeHookResponseProblem] {
        var problems: [CodeHookResponseProblem] = []
        if let state = intent.state, !IntentState.known.contains(state), action?.type != .close {
            let valid = IntentState.known.map(\.rawValue)
            problems.append(
                .init(
                    kind: .unknownIntentState,
                    path: "sessionState.intent.state",
                    message:
                        "invalid intent state '\(state)'\(Suggestions.hint(for: state.rawValue, among: valid)); "
                        + "valid states: \(valid.joined(separator: ", "))"
                )
            )
        }
        if let confirmation = intent.confirmationState, !ConfirmationState.known.contains(confirmation) {
            let valid = ConfirmationState.known.map(\.rawValue)
            let hint = Suggestions.hint(for: confirmation.rawValue, among: valid)
            problems.append(
                .init(
                    kind: .unknownConfirmationState,
                    path: "sessionState.intent.confirmationState",
                    message: "invalid confirmation state '\(confirmation)'\(hint); "
                        + "valid states: \(valid.joined(separator: ", "))"
                )
            )
        }
        if let slotNamesByIntent, !intent.name.isEmpty {
            problems += nameProblems(intent, action: action, bot: slotNamesByIntent)
        }
        return problems
    }

    /// The intent must be the bot's, and the slots named must be the intent's.
    private func nameProblems(
        _ intent: Intent,
        action: DialogAction?,
        bot: [String: [String]]
    ) -> [CodeHookResponseProblem] {
        guard let slotNames = bot[intent.name] else {
            let intents = bot.keys.sorted()
            return [
                .init(
                    kind: .unknownIntent,
                    path: "sessionState.intent.name",
                    message: "intent '\(intent.name)' is not an intent of the bot"
                        + Suggestions.hint(for: intent.name, among: intents)
                )
            ]
        }
        let sortedSlots = slotNames.sorted()
        var problems: [CodeHookResponseProblem] = []
        if action?.type == .elicitSlot, let slot = action?.slotToElicit, !slot.isEmpty, !slotNames.contains(slot) {
            let known = sortedSlots.isEmpty ? "it has no slots" : "its slots: \(sortedSlots.joined(separator: ", "))"
            problems.append(
                .init(
                    kind: .unknownSlotToElicit,
                    path: "sessionState.dialogAction.slotToElicit",
                    message: "slot to elicit '\(slot)' is not a slot of intent '\(intent.name)'"
                        + "\(Suggestions.hint(for: slot, among: sortedSlots)); \(known)"
                )
            )
        }
        for key in (intent.slots ?? [:]).keys.sorted() where !slotNames.contains(key) {
            problems.append(
                .init(
                    kind: .unknownSlot,
                    path: "sessionState.intent.slots.\(key)",
                    message: "slot '\(key)' in sessionState.intent.slots is not a slot of intent '\(intent.name)'"
                        + Suggestions.hint(for: key, among: sortedSlots)
                )
            )
        }
        return problems
    }
}
