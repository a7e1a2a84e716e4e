/// Whether the user confirmed the intent (`intent.confirmationState`). Open like
/// `DialogActionType`, so unknown values reach the validator and are reported by name.
public struct ConfirmationState: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The user said yes.
    public static let confirmed = ConfirmationState(rawValue: "Confirmed")
    /// The user said no.
    public static let denied = ConfirmationState(rawValue: "Denied")
    /// Confirmation has not happened.
    public static let none = ConfirmationState(rawValue: "None")

    /// Every state Lex defines, sorted.
    public static let known: [ConfirmationState] = [.confirmed, .denied, .none]

    /// The wire value.
    public var description: String { rawValue }
}
