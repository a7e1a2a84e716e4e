import CodeHooks
import ConversationRunner
import Conversations
import LexRuntime
import MeetyLambda

/// An interactive conversation with a bot on the same simulator, hooks and kind of Meetings store
/// `meety-bot test` uses, one line of input at a time.
///
/// The session is the whole of `meety-bot chat` except reading and printing: it takes a line and
/// returns the lines to show, so it can be driven from a terminal, a pipe or a test. It records
/// every successful step so `:save` can write the chat as a conversation script that replays it.
/// The clock is fixed (`--now`), and ids come from `SequentialMeetingIDs` as in scripts, so the
/// saved script meets the same clock and ids when it runs.
struct ChatSession {
    /// How the chat was started.
    struct Settings: Sendable {
        /// The bot, with the code hook the chat uses.
        var bot: BotUnderTest
        /// The YAML file the bot was compiled from; `nil` for a Lex export.
        var botFile: String?
        /// The code hook `meety-bot test` would use for a script on this bot without `--code-hook`.
        var testHook: BotUnderTest.HookKind
        /// The clock for slot resolution and the hooks.
        var now: LocalDateTime
        /// The locale to talk to; the bot's first locale when `nil`.
        var locale: String?
        /// The session the chat starts in.
        var firstSession: String = ConversationScript.defaultSessionName
        /// The folder relative paths (`:save FILE`, the bot file) are resolved against.
        var workingDirectory: String
        /// Whether output is coloured.
        var colored = false
    }

    /// How the chat was started.
    let settings: Settings
    /// Renders replies, state and records.
    let formatter: ChatFormatter
    /// The session the next line is sent in.
    private(set) var currentSession: String
    /// The simulator (sessions live in it).
    private(set) var runtime: LexRuntime
    /// The Meetings store the hooks book into.
    private(set) var store: InMemoryMeetingStore
    /// The successful steps so far, for `:save`.
    var recording = ChatRecording()
    /// The last answer in each session, for `:state` and for spotting slots a hook cleared.
    private(set) var lastResponses: [String: RecognizeTextResponse] = [:]
    /// How many turns each session has had.
    private(set) var turnCounts: [String: Int] = [:]

    /// Starts a chat: a fresh simulator and an empty store.
    /// - Throws: `SlotTypeError` when the simulator cannot use one of the bot's slot types.
    init(settings: Settings) throws(SlotTypeError) {
        self.settings = settings
        let order = Self.slotOrder(settings.bot.bot, locale: settings.locale)
        formatter = ChatFormatter(colored: settings.colored, slotOrder: order)
        currentSession = settings.firstSession
        (runtime, store) = try Self.makeRuntime(settings)
    }

    /// The locale the chat talks to.
    var localeId: String {
        settings.locale ?? settings.bot.bot.locales.first?.id ?? "en_US"
    }

    /// The lines shown when the chat starts.
    var banner: [String] {
        let source = settings.bot.source
        return [
            "chatting with \(settings.bot.bot.name) (\(source)), locale \(localeId), now \(settings.now.iso), "
                + "code hook \(settings.bot.hook.rawValue)",
            "type :help for commands, :save FILE to keep this chat as a test, :quit to leave",
        ]
    }

    /// The prompt for the next line: the current session's name.
    var prompt: String { "\(currentSession)> " }

    /// Handles one line of input.
    mutating func handle(_ line: String) async -> ChatReply {
        switch ChatInput.parse(line) {
        case .blank: return ChatReply()
        case .say(let text): return await say(text)
        case .help: return ChatReply(lines: formatter.help().map(ChatReply.Line.out))
        case .state: return ChatReply(lines: stateLines().map(ChatReply.Line.out))
        case .meetings: return await meetings()
        case .storeAction(let approve, let selector): return await storeAction(approve: approve, selector: selector)
        case .switchSession(let name):
            currentSession = name
            let known = turnCounts[name].map { "\($0) turn\($0 == 1 ? "" : "s") so far" } ?? "new session"
            return ChatReply(lines: [.out("now speaking as \(name) (\(known))")])
        case .reset: return reset()
        case .save(let file): return await save(to: file)
        case .quit: return ChatReply(quit: true)
        case .invalid(let message): return ChatReply(lines: [.err(error(message))])
        }
    }

    /// Sends `text` in the current session, records the turn and shows the answer.
    private mutating func say(_ text: String) async -> ChatReply {
        let request = RecognizeTextRequest(sessionId: currentSession, text: text, localeId: settings.locale)
        let response: RecognizeTextResponse
        do {
            response = try await runtime.recognizeText(request)
        } catch {
            return ChatReply(lines: [
                .err(self.error("turn failed (\(error.kind.rawValue)): \(error.message)")),
                .err("the session is unchanged and the turn is not recorded"),
            ])
        }
        let before = lastResponses[currentSession]?.sessionState
        var cleared: [String] = []
        if let previous = before?.intent, before?.dialogAction?.type != .close,
            let now = response.sessionState.intent, previous.name == now.name
        {
            cleared = formatter.orderedSlots(previous).filter {
                previous.interpretedValue(of: $0) != nil && now.interpretedValue(of: $0) == nil
            }
        }
        recording.append(.turn(.init(session: currentSession, text: text, response: response, clearedSlots: cleared)))
        lastResponses[currentSession] = response
        turnCounts[currentSession, default: 0] += 1
        return ChatReply(lines: formatter.turn(response).map(ChatReply.Line.out))
    }

    /// Starts over: a fresh simulator and store, the first session, nothing recorded.
    private mutating func reset() -> ChatReply {
        do {
            (runtime, store) = try Self.makeRuntime(settings)
        } catch {
            return ChatReply(lines: [.err(self.error("cannot restart the simulator: \(error.message)"))])
        }
        currentSession = settings.firstSession
        recording = ChatRecording()
        lastResponses = [:]
        turnCounts = [:]
        return ChatReply(lines: [.out("started over: empty Meetings store, no sessions, nothing recorded")])
    }

    /// `error: message` (the command colours the prefix when standard error is a terminal).
    func error(_ message: String) -> String {
        "error: " + message
    }

    /// A simulator on the chat's clock and a new, empty store served by the chosen hook.
    private static func makeRuntime(_ settings: Settings) throws(SlotTypeError) -> (LexRuntime, InMemoryMeetingStore) {
        // An empty store has no ids to clash, the one reason its initializer throws.
        let store = try! InMemoryMeetingStore()
        let clock = FixedClock(settings.now)
        let hook = settings.bot.hook.makeHook(store: store, clock: clock)
        let runtime = try LexRuntime(
            bot: settings.bot.bot, codeHook: hook, clock: clock,
            options: RuntimeOptions(
                hookTimeout: RunOptions().hookTimeout(for: settings.bot.hook, storesInProcess: true)))
        return (runtime, store)
    }

    /// Each intent's slot names in the bot's priority order, for the chosen locale.
    static func slotOrder(_ bot: RuntimeBot, locale: String?) -> [String: [String]] {
        let chosen = locale.flatMap(bot.locale) ?? bot.locales.first
        var order: [String: [String]] = [:]
        for intent in chosen?.intents ?? [] { order[intent.name] = intent.slots.map(\.name) }
        return order
    }
}
