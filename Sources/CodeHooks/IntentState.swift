/// An intent state (`intent.state`). Open like `DialogActionType`, so unknown values reach the
/// validator and are reported by name.
public struct IntentState: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The intent failed.
    public static let failed = IntentState(rawValue: "Failed")
    /// The intent was fulfilled.
    public static let fulfilled = IntentState(rawValue: "Fulfilled")
    /// Fulfillment is running.
    public static let fulfillmentInProgress = IntentState(rawValue: "FulfillmentInProgress")
    /// The dialog is collecting information.
    public static let inProgress = IntentState(rawValue: "InProgress")
    /// Everything needed is known; the client may fulfil.
    public static let readyForFulfillment = IntentState(rawValue: "ReadyForFulfillment")
    /// Waiting (streaming conversations only).
    public static let waiting = IntentState(rawValue: "Waiting")

    /// Every state Lex defines, sorted.
    public static let known: [IntentState] = [
        .failed, .fulfilled, .fulfillmentInProgress, .inProgress, .readyForFulfillment, .waiting,
    ]

    /// The states a `Close` response may carry, sorted.
    public static let closeStates: [IntentState] = [.failed, .fulfilled, .inProgress]

    /// The wire value.
    public var description: String { rawValue }
}
