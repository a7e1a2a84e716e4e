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
