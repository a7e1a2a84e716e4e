import CodeHooks
import Conversations
import LexRuntime
import MeetyLambda

/// A bot ready to be tested: the runtime model the simulator runs, and which code hook serves it.
public struct BotUnderTest: Sendable {
    /// The code hooks a bot can be tested with.
    public enum HookKind: Sendable {
        /// MeetyBot's LexLambda (`MeetyLambda`), over the script's Meetings store.
        case meety
        /// No code hook: intents with hooks enabled run as if the hooks delegated.
        case none
        /// A hook built per script from its store and clock (tests, fault injection, other Lambdas).
        case custom(name: String, make: @Sendable (any MeetingStore, any WallClock) -> any CodeHook)

        /// The hook named on the command line or in a bot's `codeHook`: `meety` or `none`.
        public init?(rawValue: String) {
            switch rawValue {
            case "meety": self = .meety
            case "none": self = .none
            default: return nil
            }
        }

        /// The hook's name.
        public var rawValue: String {
            switch self {
            case .meety: "meety"
            case .none: "none"
            case .custom(let name, _): name
            }
        }

        /// Whether the hook is code of this project that can only wait on its store: the MeetyBot
        /// LexLambda. A custom hook is someone else's code and may wait on anything.
        public var isBuiltIn: Bool {
            switch self {
            case .meety, .none: true
            case .custom: false
            }
        }

        /// The hook for one script run, over its store and clock.
        public func makeHook(store: any MeetingStore, clock: any WallClock) -> (any CodeHook)? {
            switch self {
            case .meety: MeetyCodeHook(store: store, clock: clock, ids: SequentialMeetingIDs())
            case .none: nil
            case .custom(_, let make): make(store, clock)
            }
        }
    }

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
    public var hook: HookKind

    /// Creates a bot under test.
    public init(source: String, bot: RuntimeBot, hook: HookKind) {
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
