/// The dialog action of a next step: what Lex does after a step of the conversation flow.
///
/// The raw values are Lex's `DialogActionType` names, which the bot format uses as written
/// (`then: ElicitSlot MeetingTime`), so a reader of the YAML and of the compiled JSON sees the same
/// words.
public enum FlowAction: String, Sendable, Hashable, CaseIterable {
    /// Prompt for a slot (`ElicitSlot <slot>`), of this intent or, with `intent:`, of another.
    case elicitSlot = "ElicitSlot"
    /// Switch to an intent, which starts at its initial response (`StartIntent <intent>`).
    case startIntent = "StartIntent"
    /// Ask the intent's confirmation prompt.
    case confirmIntent = "ConfirmIntent"
    /// Go to the fulfillment step.
    case fulfillIntent = "FulfillIntent"
    /// Go to the closing response.
    case closeIntent = "CloseIntent"
    /// Evaluate the step's conditional branches.
    case evaluateConditional = "EvaluateConditional"
    /// Call the step's dialog code hook.
    case invokeDialogCodeHook = "InvokeDialogCodeHook"
    /// Wait for the user to say what they want next; the next input is classified afresh.
    case elicitIntent = "ElicitIntent"
    /// End the conversation.
    case endConversation = "EndConversation"

    /// Whether the action names a target after it (`ElicitSlot <slot>`, `StartIntent <intent>`).
    public var takesTarget: Bool { self == .elicitSlot || self == .startIntent }

    /// Whether Lex waits for the user after this action (a prompt, or a new intent).
    public var waitsForUser: Bool { self == .elicitSlot || self == .confirmIntent || self == .elicitIntent }
}
