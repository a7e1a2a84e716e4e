import LexCompiler
import LexRuntime

/// A bot as the server offers it: its id and name (either may be the URI's `botId`), its locales,
/// each with a runtime of its own, and its idle session timeout.
///
/// A runtime per locale keeps the sessions of `{bot, alias, locale, sessionId}` apart, as Lex does:
/// the same session id in two locales is two sessions.
public struct ServedBot: Sendable {
    /// The bot's name.
    public let name: String
    /// The 10-character `[0-9A-Z]` id clients send as `botId` (`identifier(for:)`).
    public let id: String
    /// The locale ids, in the bot's order.
    public let localeIds: [String]
    /// How long a session may be idle before it ends.
    public let idleSessionTTLInSeconds: Int
    private let runtimes: [String: LexRuntime]

    /// Creates a served bot from one runtime per locale (`runtimes` in the bot's locale order).
    public init(
        name: String, id: String, idleSessionTTLInSeconds: Int, runtimes: [(locale: String, runtime: LexRuntime)]
    ) {
        self.name = name
        self.id = id
        self.idleSessionTTLInSeconds = idleSessionTTLInSeconds
        localeIds = runtimes.map(\.locale)
        self.runtimes = Dictionary(runtimes.map { ($0.locale, $0.runtime) }, uniquingKeysWith: { first, _ in first })
    }

    /// The runtime of `locale`, if the bot has it.
    public func runtime(for locale: String) -> LexRuntime? {
        runtimes[locale]
    }

    /// The `botId` of `bot`: the export's own identifier when it is a real one (10 characters of
    /// `[0-9A-Z]`), else the identifier the compiler derives from the bot's name, which is also
    /// what a bot compiled from YAML carries. AWS SDKs refuse a `botId` that is not 10 characters
    /// long before sending, so the name alone cannot serve as the id.
    public static func identifier(for bot: RuntimeBot) -> String {
        let own = bot.identifier
        let isReal =
            own.utf8.count == 10 && own != RuntimeBot.placeholderIdentifier
            && own.utf8.allSatisfy { (48...57).contains($0) || (65...90).contains($0) }
        return isReal ? own : LexIdentifiers.derive(bot.name)
    }
}
