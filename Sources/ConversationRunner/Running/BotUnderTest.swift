import Conversations
import LexRuntime

/// A bot ready to be tested: the runtime model the simulator runs, and which code hook serves it.
public struct BotUnderTest: Sendable {
    /// Where the bot came from, for messages (a YAML path or an export directory).
    public var source: String
    /// The compiled bot.
    public let bot: RuntimeBot
    /// The bot prepared for the simulator once, shared by every script's runtime; `nil` when it
    /// cannot be run (`preparationError` says why).
    public let prepared: PreparedBot?
    /// Why the bot cannot be run (an invalid regex filter of a custom slot type), if it cannot.
    public let preparationError: SlotTypeError?
    /// The code hook the bot's intents call.
    public var hook: any CodeHookSpec

    /// Creates a bot under test.
    public init(source: String, bot: RuntimeBot, hook: any CodeHookSpec) {
        self.source = source
        self.bot = bot
        do {
            self.prepared = try PreparedBot(bot)
            self.preparationError = nil
        } catch {
            self.prepared = nil
            self.preparationError = error
        }
        self.hook = hook
        self.outline = Self.outline(of: bot)
    }

    /// The names a conversation script may refer to, for checking scripts before they run; worked
    /// out once, as every script of a suite is checked against it.
    public let outline: BotOutline

    /// The outline of `bot`.
    private static func outline(of bot: RuntimeBot) -> BotOutline {
        BotOutline(
            locales: bot.locales.map { locale in
                LocaleOutline(
                    id: locale.id,
                    intents: locale.intents.map { IntentOutline(name: $0.name, slots: $0.slots.map(\.name)) },
                    invocationLabels: Set(locale.intents.flatMap(\.flowItems.invocationLabels))
                )
            }
        )
    }
}
