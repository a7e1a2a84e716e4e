/// The event Amazon Lex V2 sends to a Lambda code hook (message version 1.0).
///
/// Field names and shapes follow the Lex V2 developer guide's "Lambda input event format" and a
/// captured real event: `nluConfidence` is a bare number here (unlike RecognizeText), unfilled
/// slots are JSON `null`, and an unresolved value has `originalValue` without `interpretedValue`.
/// The same type is decoded by the Lambda host and built by the simulator, so the hooks the
/// simulator calls receive exactly what Lex would send. Fields Lex sends that no hook here needs
/// (`runtimeHints`, `kendraResponse`, composite `subSlots`, ...) are accepted and dropped.
public struct CodeHookEvent: Codable, Sendable, Equatable {
    /// Always "1.0".
    public var messageVersion: String
    /// Why the hook is called.
    public var invocationSource: InvocationSource
    /// How the user gave input.
    public var inputMode: InputMode
    /// The content type Lex will answer with, e.g. `text/plain; charset=utf-8`.
    public var responseContentType: String
    /// The session id.
    public var sessionId: String
    /// What the user typed or said.
    public var inputTranscript: String
    /// The label of the code-hook step that made the call, if any.
    public var invocationLabel: String?
    /// The bot the call comes from.
    public var bot: BotInfo
    /// Up to five interpretations, best first.
    public var interpretations: [Interpretation]
    /// What Lex would do next if the hook delegates (dialog calls that would elicit a slot).
    public var proposedNextState: ProposedNextState?
    /// Per-request attributes, or `nil` when absent.
    public var requestAttributes: [String: String]?
    /// The current session state.
    public var sessionState: SessionState
    /// Transcriptions of the input (Lex sends one even for text).
    public var transcriptions: [Transcription]?

    /// Creates an event; the defaults are what Lex sends for typed text.
    public init(
        messageVersion: String = "1.0",
        invocationSource: InvocationSource,
        inputMode: InputMode = .text,
        responseContentType: String = "text/plain; charset=utf-8",
        sessionId: String,
        inputTranscript: String,
        invocationLabel: String? = nil,
        bot: BotInfo,
        interpretations: [Interpretation],
        proposedNextState: ProposedNextState? = nil,
        requestAttributes: [String: String]? = nil,
        sessionState: SessionState,
        transcriptions: [Transcription]? = nil
    ) {
        self.messageVersion = messageVersion
        self.invocationSource = invocationSource
        self.inputMode = inputMode
        self.responseContentType = responseContentType
        self.sessionId = sessionId
        self.inputTranscript = inputTranscript
        self.invocationLabel = invocationLabel
        self.bot = bot
        self.interpretations = interpretations
        self.proposedNextState = proposedNextState
        self.requestAttributes = requestAttributes
        self.sessionState = sessionState
        self.transcriptions = transcriptions
    }

    /// The intent the event is about: the session's intent, else the best interpretation's.
    /// Hooks use it instead of repeating that fallback; `nil` only for a malformed event.
    public var currentIntent: Intent? {
        sessionState.intent ?? interpretations.first?.intent
    }
}
