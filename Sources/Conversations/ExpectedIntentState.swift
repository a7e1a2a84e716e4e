/// The Lex V2 intent state a turn's `state:` expects after the turn.
///
/// Raw values are the Lex wire values (`intent.state`).
public enum ExpectedIntentState: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The dialog for the intent is still going on.
    case inProgress = "InProgress"
    /// The intent was fulfilled.
    case fulfilled = "Fulfilled"
    /// The intent failed (declined, retries exhausted, or closed as failed by a hook).
    case failed = "Failed"
    /// Every slot is filled and fulfillment may start.
    case readyForFulfillment = "ReadyForFulfillment"
    /// The fulfillment hook is running.
    case fulfillmentInProgress = "FulfillmentInProgress"
    /// The bot waits for the user (wait-and-continue).
    case waiting = "Waiting"

    /// The wire value.
    public var description: String { rawValue }
}
