import MeetyDiagnostics

/// A bot definition that passed every validation rule.
///
/// Only the validator can create one, so the compiler can never be handed an unchecked model.
/// Warnings found during validation travel with it so callers can print them.
public struct ValidatedBot: Sendable {
    /// The checked definition.
    public let definition: BotDefinition
    /// Warnings the rules reported (errors would have stopped validation).
    public let warnings: [Diagnostic]
}
