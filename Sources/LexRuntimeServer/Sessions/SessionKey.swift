import CodeHooks

/// What names a session: Lex keeps one per `{bot, alias, locale, sessionId}`.
public struct SessionKey: Hashable, Sendable, CustomStringConvertible {
    /// The served bot's id (also when the request named the bot by its name).
    public var botId: String
    /// The alias id.
    public var botAliasId: String
    /// The locale id.
    public var localeId: String
    /// The client's session id.
    public var sessionId: String

    /// Creates a key.
    public init(botId: String, botAliasId: String, localeId: String, sessionId: String) {
        self.botId = botId
        self.botAliasId = botAliasId
        self.localeId = localeId
        self.sessionId = sessionId
    }

    /// `botId/botAliasId/localeId/sessionId`.
    public var description: String { "\(botId)/\(botAliasId)/\(localeId)/\(sessionId)" }
}

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
