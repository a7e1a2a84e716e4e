/// The Lex V2 dialog action a turn's `action:` expects the bot to take next.
///
/// An enum rather than text so a misspelt action is a diagnostic before the run instead of a turn
/// that can never pass. Raw values are the Lex wire values, so the runner compares them directly
/// with the `dialogAction.type` of the simulated response.
public enum ExpectedDialogAction: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The bot asks for a slot value.
    case elicitSlot = "ElicitSlot"
    /// The bot asks the user to confirm the intent.
    case confirmIntent = "ConfirmIntent"
    /// The bot asks what the user wants to do.
    case elicitIntent = "ElicitIntent"
    /// The bot ended the intent.
    case close = "Close"
    /// Lex chooses the next step.
    case delegate = "Delegate"

    /// The wire value.
    public var description: String { rawValue }
}
