import CodeHooks

/// What the server remembers of a session besides the runtime's dialog state: when it was last
/// used, what GetSession returns, and a state PutSession set for the next turn to start from.
struct ServedSession: Sendable {
    /// The server clock's seconds at the session's last request.
    var lastActive: Double
    /// The messages last sent to the user.
    var messages: [Message]
    /// The interpretations of the last input.
    var interpretations: [WireInterpretation]
    /// The session's state as last returned.
    var sessionState: SessionState
    /// A state PutSession set, which the next RecognizeText starts from; `nil` after that turn.
    var pendingState: SessionState?
}
