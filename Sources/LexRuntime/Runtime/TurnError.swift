/// A turn that could not complete: a hook threw, timed out or answered invalidly, the request
/// itself was invalid, or the bot's flow could not be followed. The simulator never crashes on these; the session is left as it was before
/// the turn, and the runner reports the error as a failed step.
public struct TurnError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Equatable {
        /// The request was invalid (empty text, unknown locale, text over 1024 characters...).
        case invalidRequest = "invalid-request"
        /// The code hook threw an error.
        case hookFailed = "hook-failed"
        /// The code hook did not answer in time.
        case hookTimedOut = "hook-timed-out"
        /// The code hook's response broke the Lex V2 contract.
        case invalidHookResponse = "invalid-hook-response"
        /// The turn reached a built-in intent that answers from a cloud service (QnA, Kendra search,
        /// Q in Connect, a Bedrock agent), which the simulator cannot call.
        case needsCloudService = "needs-cloud-service"
        /// The bot's conversation flow cannot be followed: a next step to a slot or intent that does
        /// not exist, a condition that does not parse, a loop of steps with no user turn between.
        case invalidFlow = "invalid-flow"
    }

    /// What went wrong.
    public var kind: Kind
    /// A readable explanation naming the hook, the intent and the problem.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
