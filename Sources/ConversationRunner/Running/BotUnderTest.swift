import Conversations
import LexRuntime

/// A bot ready to be tested: the runtime model the simulator runs, and which code hook serves it.
public struct BotUnderTest: Sendable {
    /// The code hooks a bot can be tested with.
    public enum HookKind: String, Sendable, CaseIterable {
        /// MeetyBot's LexLambda (`MeetyLambda`), over the script's Meetings store.
        case meety
        /// No code hook: intents with hooks enabled run as if the hooks delegated.
        case none
    }

    /// Where the bot came from, for messages (a YAML path or an export directory).
    public var source: String
    /// The compiled bot.
    public var bot: RuntimeBot
    /// The code hook the bot's intents call.
    public var hook: HookKind

    /// Creates a bot under test.
    public init(source: String, bot: RuntimeBot, hook: HookKind) {
        self.source = source
        self.bot = bot
        self.hook = hook
    }

    /// The names a conversation script may refer to, for checking scripts before they run.
    public var outline: BotOutline {
        BotOutline(
            locales: bot.locales.map { locale in
                LocaleOutline(
                    id: locale.id,
                    intents: locale.intents.map { IntentOutline(name: $0.name, slots: $0.slots.map(\.name)) }
                )
            }
        )
    }
}
