import MeetyDiagnostics

/// One scripted dialog: the setting (bot, locale, clock, seeded state), the steps, and what the
/// Meetings store must hold at the end.
///
/// Decoded strictly from `conversations/*.yaml` (see `docs/conversation-format.md`). Every field
/// and every expectation keeps its span, so the bot check and the runner report problems at the
/// line the author wrote.
public struct ConversationScript: Sendable, Hashable {
    /// The file the script was read from (display path).
    public var file: String
    /// The 1-based position in a `conversations:` list, or `nil` for a one-script file.
    public var index: Int?
    /// The name, used in reports, JUnit test cases and `--filter`.
    public var name: Located<String>
    /// `bot:` as written: a bot file path relative to the script's file.
    public var bot: Located<String>?
    /// `locale:` as written; the runner uses the bot's first locale when absent.
    public var locale: Located<String>?
    /// The clock at the start (`now:`, or the default Monday 2026-01-05T09:00); clock steps move it.
    public var now: ScriptClock
    /// Tags for `--filter`, in author order.
    public var tags: [Located<String>]
    /// Initial session attributes for every session (`given.session`), in author order.
    public var givenSession: [GivenAttribute]
    /// Records in the store before the first step (`given.meetings`).
    public var givenMeetings: [SeededMeeting]
    /// The steps of `turns:`, in order.
    public var steps: [ScriptStep]
    /// Final store expectations (`expect.meetings`), if any.
    public var expectedMeetings: MeetingExpectations?
    /// The span of the script's mapping.
    public var span: SourceSpan

    /// The session name of turns without `as:` when the first user turn has none either.
    public static let defaultSessionName = "user"

    /// The longest user label (`as:`).
    public static let maxUserLabelLength = 100

    /// Whether `label` can name a user of a script (`as:`) or a chat (`:as`): 1 to 100 characters, not
    /// only white space. It need not be a Lex session id: the runner derives one from it
    /// (`LexSessionID.derived(fromLabel:)`), and reports keep the label.
    public static func isValidUserLabel(_ label: String) -> Bool {
        (1...maxUserLabelLength).contains(label.count) && !label.allSatisfy(\.isWhitespace)
    }

    /// Creates a script.
    public init(
        file: String,
        index: Int? = nil,
        name: Located<String>,
        bot: Located<String>? = nil,
        locale: Located<String>? = nil,
        now: ScriptClock,
        tags: [Located<String>] = [],
        givenSession: [GivenAttribute] = [],
        givenMeetings: [SeededMeeting] = [],
        steps: [ScriptStep],
        expectedMeetings: MeetingExpectations? = nil,
        span: SourceSpan
    ) {
        self.file = file
        self.index = index
        self.name = name
        self.bot = bot
        self.locale = locale
        self.now = now
        self.tags = tags
        self.givenSession = givenSession
        self.givenMeetings = givenMeetings
        self.steps = steps
        self.expectedMeetings = expectedMeetings
        self.span = span
    }

    /// The user turns with their steps, in order.
    public var userTurns: [(step: ScriptStep, turn: UserTurn)] {
        steps.compactMap { step in step.userTurn.map { (step, $0) } }
    }

    /// The distinct session names, in order of first use; the first is the default session.
    public var sessionNames: [String] {
        var seen: [String] = []
        for (_, turn) in userTurns where !seen.contains(turn.sessionName) {
            seen.append(turn.sessionName)
        }
        return seen
    }
}

/// An initial session attribute (`given.session: {channel: web}`).
public struct GivenAttribute: Sendable, Hashable {
    /// The key, with the span of the key.
    public var key: Located<String>
    /// The value, with the span of the value.
    public var value: Located<String>

    /// Creates an attribute.
    public init(key: Located<String>, value: Located<String>) {
        self.key = key
        self.value = value
    }
}
