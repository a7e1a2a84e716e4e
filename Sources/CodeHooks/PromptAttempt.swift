/// The attempt number of a proposed prompt (`proposedNextState.prompt`): `Initial`, then
/// `Retry1` ... `Retry5` for each re-prompt after input that did not resolve.
public struct PromptAttempt: Codable, Sendable, Equatable {
    /// `Initial`, `Retry1` ... `Retry5`.
    public var attempt: String

    /// Creates a prompt attempt from its wire value.
    public init(attempt: String) {
        self.attempt = attempt
    }

    /// The first prompt for a slot.
    public static let initial = PromptAttempt(attempt: "Initial")

    /// The prompt after `number` failed attempts: `retry(1)` is `Retry1`.
    public static func retry(_ number: Int) -> PromptAttempt {
        PromptAttempt(attempt: "Retry\(number)")
    }
}
