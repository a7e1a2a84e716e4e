import MeetyDiagnostics

/// One item of a script's `turns:` list: something the user says, something an admin does to
/// the Meetings store between turns, or time passing.
///
/// Steps are numbered from 1 in author order ("turn 4" in messages); the span is the step's
/// mapping, whose start is the line a failure of the step is reported at.
public struct ScriptStep: Sendable, Hashable {
    /// What the step does.
    public enum Action: Sendable, Hashable {
        /// `user: text`, sent to a session, with what the bot must answer.
        case user(UserTurn)
        /// `approve: {selector}`: the one matching record becomes `approved`.
        case approve(MeetingSelector)
        /// `reject: {selector}`: the one matching record becomes `rejected`.
        case reject(MeetingSelector)
        /// `wait: 10m` or `clock: 2026-11-20T10:30`: the script's clock moves.
        case clock(ClockStep)
    }

    /// The 1-based position in `turns:`.
    public var number: Int
    /// What the step does.
    public var action: Action
    /// The span of the step's mapping.
    public var span: SourceSpan

    /// Creates a step.
    public init(number: Int, action: Action, span: SourceSpan) {
        self.number = number
        self.action = action
        self.span = span
    }

    /// The clock step, when the step is one.
    public var clockStep: ClockStep? {
        if case .clock(let step) = action { return step }
        return nil
    }

    /// The user turn, when the step is one.
    public var userTurn: UserTurn? {
        if case .user(let turn) = action { return turn }
        return nil
    }
}

/// A user turn: the text sent to the bot, the session it is sent in, and the expectations.
public struct UserTurn: Sendable, Hashable {
    /// The text the user types (1 to 1024 characters, as RecognizeText accepts).
    public var text: Located<String>
    /// The session name written with `as:`, if any.
    public var explicitSession: Located<String>?
    /// The session the turn runs in: `as:` if written, else the script's default session.
    public var sessionName: String
    /// What the bot must answer.
    public var expectations: TurnExpectations

    /// Creates a user turn.
    public init(
        text: Located<String>,
        explicitSession: Located<String>? = nil,
        sessionName: String,
        expectations: TurnExpectations = TurnExpectations()
    ) {
        self.text = text
        self.explicitSession = explicitSession
        self.sessionName = sessionName
        self.expectations = expectations
    }
}
