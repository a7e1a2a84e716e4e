import LexRuntime
import MeetyDiagnostics

/// The outcome of one conversation script.
public struct ScriptResult: Sendable {
    /// Passed or failed.
    public enum Status: String, Sendable {
        /// Every step and expectation held.
        case passed
        /// A step failed; `failures` says why.
        case failed
    }

    /// One exchange of the transcript.
    public struct Exchange: Sendable, Equatable {
        /// The session the user spoke in.
        public var session: String
        /// What the user said (or the store action, for approve/reject steps).
        public var user: String
        /// The bot's reply (messages joined by newlines); empty for store actions.
        public var bot: String
        /// What the code hook printed during the turn (its process's stdout and stderr, like the
        /// function's CloudWatch log); `nil` when the hook prints nowhere the runner can see.
        public var hookLog: String?
        /// A compact summary of the state after the turn: `BookMeeting · ElicitSlot(FullName) · InProgress`.
        public var state: String {
            get { summary.text }
            set { summary = .text(newValue) }
        }
        private var summary: StateSummary

        /// Creates an exchange.
        public init(session: String, user: String, bot: String, state: String) {
            self.session = session
            self.user = user
            self.bot = bot
            self.summary = .text(state)
        }

        /// Creates the exchange of a turn the bot answered; its state line is formatted when read.
        init(session: String, user: String, response: RecognizeTextResponse) {
            self.session = session
            self.user = user
            self.bot = response.replyText
            let intent = response.sessionState.intent
            let action = response.sessionState.dialogAction
            self.summary = .turn(
                intent: intent?.name, action: action?.type.rawValue, slot: action?.slotToElicit,
                state: intent?.state?.rawValue)
        }

        /// Exchanges are equal when they read the same, however their state line is kept.
        public static func == (lhs: Exchange, rhs: Exchange) -> Bool {
            lhs.session == rhs.session && lhs.user == rhs.user && lhs.bot == rhs.bot && lhs.state == rhs.state
                && lhs.hookLog == rhs.hookLog
        }
    }

    /// A transcript line's state: its parts as the turn left them (names short enough to need no
    /// storage of their own), or text. A suite keeps every transcript until it reports, and
    /// formatting each line up front cost an allocation per turn.
    enum StateSummary: Sendable {
        case turn(intent: String?, action: String?, slot: String?, state: String?)
        case text(String)

        /// `BookMeeting · ElicitSlot(FullName) · InProgress`.
        var text: String {
            switch self {
            case .text(let text):
                return text
            case .turn(let intent, let action, let slot, let state):
                var actionText = action ?? "None"
                if let slot { actionText += "(\(slot))" }
                return "\(intent ?? "-") · \(actionText) · \(state ?? "-")"
            }
        }
    }

    /// The script's name.
    public var name: String
    /// The file it came from.
    public var file: String
    /// Where the script starts (for reports).
    public var span: SourceSpan
    /// The script's tags.
    public var tags: [String]
    /// Passed or failed.
    public var status: Status
    /// Why it failed: one diagnostic per unmet expectation of the failing step (empty when passed).
    public var failures: [Diagnostic]
    /// The conversation up to the end or to the failing step.
    public var transcript: [Exchange]
    /// What the simulator did on each turn, for coverage.
    public var traces: [TurnTrace]
    /// The intents that produced each reply, for coverage.
    public var replyIntents: [String]
    /// The wall time of each user turn, when `RunOptions.recordsTurnTimes` is on (else empty).
    public var turnTimes: [Duration]
    /// The locale the script ran in: its `locale:`, else the bot's first locale (empty when unknown).
    public var locale: String
    /// Whether the script chose its locale with `locale:` (reports then name it on the script's line).
    public var localeWasChosen: Bool

    /// Creates a result.
    public init(
        name: String,
        file: String,
        span: SourceSpan,
        tags: [String],
        status: Status,
        failures: [Diagnostic],
        transcript: [Exchange],
        traces: [TurnTrace],
        replyIntents: [String],
        turnTimes: [Duration] = [],
        locale: String = "",
        localeWasChosen: Bool = false
    ) {
        self.name = name
        self.file = file
        self.span = span
        self.tags = tags
        self.status = status
        self.failures = failures
        self.transcript = transcript
        self.traces = traces
        self.replyIntents = replyIntents
        self.turnTimes = turnTimes
        self.locale = locale
        self.localeWasChosen = localeWasChosen
    }
}
