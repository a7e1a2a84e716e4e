import CodeHooks
import Conversations
import LexFacts
import LexRuntime

/// An interactive conversation with a bot on the same simulator, code hook and world
/// `meety-bot test` uses, one line of input at a time.
///
/// The session is the whole of `meety-bot chat` except reading and printing: it takes a line and
/// returns the lines to show, so it can be driven from a terminal, a pipe or a test. It records
/// every successful step so `:save` can write the chat as a conversation script that replays it.
/// The clock is fixed (`--now`), and the world is opened as for a script, so the saved script meets
/// the same clock and the same ids when it runs.
public struct ChatSession {
    /// How the chat was started.
    public struct Settings: Sendable {
        /// The bot, with the code hook the chat uses.
        public var bot: BotUnderTest
        /// The YAML file the bot was compiled from; `nil` for a Lex export.
        public var botFile: String?
        /// The code hook `meety-bot test` would use for a script on this bot without `--code-hook`.
        public var testHook: any CodeHookSpec
        /// What the chat's steps act on besides the bot.
        public var world: any ConversationWorld
        /// The clock for slot resolution and the hooks.
        public var now: LocalDateTime
        /// The locale to talk to; the bot's first locale when `nil`.
        public var locale: String?
        /// The session the chat starts in.
        public var firstSession: String = ConversationScript.defaultSessionName
        /// The folder relative paths (`:save FILE`, the bot file) are resolved against.
        public var workingDirectory: String
        /// Whether output is coloured.
        public var colored = false
        /// How long one hook call may take before its turn fails.
        public var hookTimeout: Duration = .seconds(10)
        /// Writes a saved script to an absolute path; returns why it could not, or `nil`. Injected by
        /// the command line, which alone touches the disk.
        public var writeFile: @Sendable (_ path: String, _ bytes: [UInt8]) -> String?

        /// Creates settings.
        public init(
            bot: BotUnderTest, botFile: String?, testHook: any CodeHookSpec, world: any ConversationWorld,
            now: LocalDateTime, locale: String?, firstSession: String = ConversationScript.defaultSessionName,
            workingDirectory: String, colored: Bool = false, hookTimeout: Duration = .seconds(10),
            writeFile: @escaping @Sendable (_ path: String, _ bytes: [UInt8]) -> String?
        ) {
            self.bot = bot
            self.botFile = botFile
            self.testHook = testHook
            self.world = world
            self.now = now
            self.locale = locale
            self.firstSession = firstSession
            self.workingDirectory = workingDirectory
            self.colored = colored
            self.hookTimeout = hookTimeout
            self.writeFile = writeFile
        }
    }

    /// The simulator, the world and the hook of one chat (until `:reset`).
    struct Stage {
        var runtime: LexRuntime
        var world: any WorldSession
        var attachment: HookAttachment
    }

    /// How the chat was started.
    public let settings: Settings
    /// Renders replies and state.
    let formatter: ChatFormatter
    /// The session the next line is sent in.
    private(set) var currentSession: String
    /// The simulator, world and hook.
    private(set) var stage: Stage
    /// The successful steps so far, for `:save`.
    var recording = ChatRecording()
    /// The last answer in each session, for `:state` and for spotting slots a hook cleared.
    private(set) var lastResponses: [String: RecognizeTextResponse] = [:]
    /// How many turns each session has had.
    private(set) var turnCounts: [String: Int] = [:]

    /// Starts a chat: a fresh simulator and world.
    /// - Throws: `ChatStartError` when the simulator cannot use the bot, the world cannot be opened
    ///   or the hook cannot serve it.
    public static func start(_ settings: Settings) async throws(ChatStartError) -> ChatSession {
        ChatSession(settings: settings, stage: try await makeStage(settings))
    }

    private init(settings: Settings, stage: Stage) {
        self.settings = settings
        formatter = ChatFormatter(
            colored: settings.colored, slotOrder: Self.slotOrder(settings.bot.bot, locale: settings.locale))
        currentSession = settings.firstSession
        self.stage = stage
    }

    /// The runtime the chat talks to.
    var runtime: LexRuntime { stage.runtime }

    /// The locale the chat talks to.
    public var localeId: String {
        settings.locale ?? settings.bot.bot.locales.first?.id ?? "en_US"
    }

    /// The lines shown when the chat starts.
    public var banner: [String] {
        let source = settings.bot.source
        return [
            "chatting with \(settings.bot.bot.name) (\(source)), locale \(localeId), now \(settings.now.iso), "
                + "code hook \(settings.bot.hook.name)",
            "type :help for commands, :save FILE to keep this chat as a test, :quit to leave",
        ]
    }

    /// The prompt for the next line: the current session's name.
    public var prompt: String { "\(currentSession)> " }

    /// Handles one line of input.
    public mutating func handle(_ line: String) async -> ChatReply {
        switch ChatInput.parse(line) {
        case .blank: return ChatReply()
        case .say(let text): return await say(text)
        case .help: return ChatReply(lines: formatter.help().map(ChatReply.Line.out))
        case .state: return ChatReply(lines: stateLines().map(ChatReply.Line.out))
        case .meetings: return ChatReply(lines: await stage.world.contents().map(ChatReply.Line.out))
        case .storeAction(let approve, let selector): return await worldStep(approve: approve, selector: selector)
        case .switchSession(let name):
            currentSession = name
            let known = turnCounts[name].map { "\($0) turn\($0 == 1 ? "" : "s") so far" } ?? "new session"
            return ChatReply(lines: [.out("now speaking as \(name) (\(known))")])
        case .reset: return await reset()
        case .save(let file): return await save(to: file)
        case .quit: return ChatReply(quit: true)
        case .invalid(let message): return ChatReply(lines: [.err(error(message))])
        }
    }

    /// Ends the chat: lets the hook go and closes the world.
    public func finish() async {
        await stage.attachment.detach()
        await stage.world.close()
    }

    /// Sends `text` in the current session, records the turn and shows the answer.
    private mutating func say(_ text: String) async -> ChatReply {
        let request = RecognizeTextRequest(
            sessionId: LexSessionID.derived(fromLabel: currentSession), text: text, localeId: settings.locale)
        let response: RecognizeTextResponse
        do {
            response = try await runtime.recognizeText(request)
        } catch {
            return ChatReply(
                lines: [
                    .err(self.error("turn failed (\(error.kind.rawValue)): \(error.message)")),
                    .err("the session is unchanged and the turn is not recorded"),
                ] + hookOutput().map(ChatReply.Line.err))
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
        return ChatReply(lines: (formatter.turn(response) + hookOutput()).map(ChatReply.Line.out))
    }

    /// What the hook printed during the last turn, as indented lines under it.
    private func hookOutput() -> [String] {
        guard let log = stage.attachment.takeLog() else { return [] }
        return TextReporter.hookLog(log).split(separator: "\n").map(String.init)
    }

    /// Approves or rejects the one record `selector` matches, as a script's store step does, and
    /// records the step; none or several matches is an error and changes nothing.
    private mutating func worldStep(approve: Bool, selector: MeetingSelector) async -> ChatReply {
        let action: ScriptStep.Action = approve ? .approve(selector) : .reject(selector)
        switch await stage.world.perform(action) {
        case .success(let record):
            recording.append(.storeAction(approve: approve, selector: selector))
            return ChatReply(lines: [.out("\(approve ? "approved" : "rejected"): " + record.detail)])
        case .failure(let failure):
            return ChatReply(lines: [.err(error(failure.message))] + failure.records.map { .err("  " + $0) })
        }
    }

    /// Starts over: a fresh simulator and world, the first session, nothing recorded.
    private mutating func reset() async -> ChatReply {
        let fresh: Stage
        do {
            fresh = try await Self.makeStage(settings)
        } catch {
            return ChatReply(lines: [.err(self.error("cannot restart the simulator: \(error.message)"))])
        }
        await finish()
        stage = fresh
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

    /// A simulator on the chat's clock over a freshly opened world, served by the chosen hook.
    private static func makeStage(_ settings: Settings) async throws(ChatStartError) -> Stage {
        guard let prepared = settings.bot.prepared else {
            let reason = settings.bot.preparationError.map(\.message) ?? "it cannot be prepared"
            throw ChatStartError(message: "the simulator cannot run bot '\(settings.bot.bot.name)': \(reason)")
        }
        let clock = FixedClock(settings.now)
        let world: any WorldSession
        do {
            world = try await settings.world.open(for: nil, key: "chat")
        } catch {
            throw ChatStartError(message: "cannot set up \(settings.world.description): \(error)")
        }
        let attachment: HookAttachment
        do {
            attachment = try await settings.bot.hook.attach(HookContext(world: world, clock: clock))
        } catch {
            await world.close()
            throw ChatStartError(message: "code hook '\(settings.bot.hook.name)' cannot run: \(error)")
        }
        let options = RunOptions(turnTimeout: settings.hookTimeout, world: settings.world)
        let runtime = LexRuntime(
            prepared: prepared, codeHook: attachment.hook, clock: clock,
            options: RuntimeOptions(hookTimeout: options.hookTimeout(for: settings.bot.hook)))
        return Stage(runtime: runtime, world: world, attachment: attachment)
    }

    /// Each intent's slot names in the bot's priority order, for the chosen locale.
    static func slotOrder(_ bot: RuntimeBot, locale: String?) -> [String: [String]] {
        let chosen = locale.flatMap(bot.locale) ?? bot.locales.first
        var order: [String: [String]] = [:]
        for intent in chosen?.intents ?? [] { order[intent.name] = intent.slots.map(\.name) }
        return order
    }
}

/// Why a chat could not start (or restart).
public struct ChatStartError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// The message.
    public var description: String { message }
}
