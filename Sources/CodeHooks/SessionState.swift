/// The session state exchanged with code hooks (`sessionState`): the event carries the current
/// one, and a response carries the one Lex (or the simulator) must continue with.
///
/// `runtimeHints` is accepted when decoding and dropped: the simulator has no speech recognition
/// for hints to steer.
public struct SessionState: Codable, Sendable, Equatable {
    /// Active contexts, if any.
    public var activeContexts: [ActiveContext]?
    /// Session attributes (string to string). A response that sends a map replaces the stored set.
    public var sessionAttributes: [String: String]?
    /// The dialog action: the current one in an event, the one to take in a response.
    public var dialogAction: DialogAction?
    /// The intent in progress.
    public var intent: Intent?
    /// The request id that started the turn.
    public var originatingRequestId: String?

    /// Creates a session state.
    public init(
        activeContexts: [ActiveContext]? = nil,
        sessionAttributes: [String: String]? = nil,
        dialogAction: DialogAction? = nil,
        intent: Intent? = nil,
        originatingRequestId: String? = nil
    ) {
        self.activeContexts = activeContexts
        self.sessionAttributes = sessionAttributes
        self.dialogAction = dialogAction
        self.intent = intent
        self.originatingRequestId = originatingRequestId
    }
}
