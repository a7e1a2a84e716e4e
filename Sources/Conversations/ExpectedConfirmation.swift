/// The Lex V2 confirmation state a turn's `confirmation:` expects.
///
/// Raw values are the Lex wire values (`intent.confirmationState`).
public enum ExpectedConfirmation: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// No confirmation answer yet.
    case none = "None"
    /// The user said yes.
    case confirmed = "Confirmed"
    /// The user said no.
    case denied = "Denied"

    /// The wire value.
    public var description: String { rawValue }
}
