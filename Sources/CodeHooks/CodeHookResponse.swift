/// What a Lambda code hook returns to Lex V2.
///
/// `sessionState.dialogAction` is always required; the other requirements depend on the action
/// (see `CodeHookResponseValidator`).
public struct CodeHookResponse: Codable, Sendable, Equatable {
    /// The new session state: the dialog action, the intent and (optionally) session attributes.
    public var sessionState: SessionState
    /// Messages to send to the user; if absent, the bot's configured messages are used.
    public var messages: [Message]?
    /// Request attributes to return.
    public var requestAttributes: [String: String]?

    /// Creates a response.
    public init(sessionState: SessionState, messages: [Message]? = nil, requestAttributes: [String: String]? = nil) {
        self.sessionState = sessionState
        self.messages = messages
        self.requestAttributes = requestAttributes
    }
}
