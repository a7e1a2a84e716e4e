import CodeHooks
import LexFacts

/// The working state of one turn: the session being changed, the messages said so far, the trace,
/// and, once the turn is decided, its outcome.
struct TurnState {
    /// The input.
    let input: NLUInput
    /// The raw input text.
    let text: String
    /// The session id.
    let sessionId: String
    /// The clock reading used for resolution during this turn.
    let now: LocalDateTime
    /// The same reading in seconds, for context and session lifetimes.
    let seconds: Int64
    /// This request's attributes.
    let requestAttributes: [String: String]?
    /// The classification of the input (fallback inserted), best first.
    let candidates: [LocaleNLU.Candidate]
    /// The session, changed in place; committed only if the turn succeeds.
    var record: SessionRecord
    /// Messages said so far this turn.
    var messages: [Message] = []
    /// What happened.
    var trace = TurnTrace()
    /// The reply's dialog action, once decided.
    var action: DialogAction?
    /// The intent reported with the reply, once decided.
    var reportedIntent: Intent?
    /// The candidates in the wire shape, built on first use: every hook event and the response
    /// carry them, and they do not change during the turn.
    var wireCandidates: [(intent: String, interpretation: Interpretation)]?

    /// Flow steps taken this turn without waiting for the user, and the last few of them (for the
    /// message when a malformed flow loops).
    var flowSteps = 0
    var recentFlowSteps: [String] = []

    /// Whether the turn has decided its reply.
    var isFinished: Bool { action != nil }

    /// Decides the reply: the action and the intent that produced it.
    mutating func finish(_ action: DialogAction, intent: Intent?) {
        self.action = action
        self.reportedIntent = intent
    }
}
