/// What Lex would do next if the dialog hook delegates (`proposedNextState`): present on dialog
/// calls whose next step would elicit a slot, so a hook can see that a value did not resolve and
/// which re-prompt (`Retry1`, ...) the user is about to get.
public struct ProposedNextState: Codable, Sendable, Equatable {
    /// The proposed action (ElicitSlot with the slot).
    public var dialogAction: DialogAction
    /// The intent as it would be.
    public var intent: Intent
    /// Which attempt the prompt would be.
    public var prompt: PromptAttempt?

    /// Creates a proposed state.
    public init(dialogAction: DialogAction, intent: Intent, prompt: PromptAttempt? = nil) {
        self.dialogAction = dialogAction
        self.intent = intent
        self.prompt = prompt
    }
}
