import CodeHooks

/// One user input, shaped like Lex V2's RecognizeText request.
public struct RecognizeTextRequest: Sendable, Equatable {
    /// The session id (2–100 characters of `[0-9a-zA-Z._:-]`).
    public var sessionId: String
    /// What the user typed (1–1024 characters).
    public var text: String
    /// The locale; the bot's first locale when `nil`.
    public var localeId: String?
    /// A session state to start from, replacing the stored one (as RecognizeText allows).
    public var sessionState: SessionState?
    /// Attributes for this request only; passed to the hooks.
    public var requestAttributes: [String: String]?

    /// Creates a request.
    public init(
        sessionId: String,
        text: String,
        localeId: String? = nil,
        sessionState: SessionState? = nil,
        requestAttributes: [String: String]? = nil
    ) {
        self.sessionId = sessionId
        self.text = text
        self.localeId = localeId
        self.sessionState = sessionState
        self.requestAttributes = requestAttributes
    }
}

/// The bot's answer to one input, shaped like Lex V2's RecognizeText response, plus a trace of
/// what the simulator did (for coverage and debugging; not part of Lex's response).
public struct RecognizeTextResponse: Sendable, Equatable {
    /// The session id.
    public var sessionId: String
    /// The messages to show, in order.
    public var messages: [Message]
    /// The session state after the turn: the dialog action, the intent that produced the reply
    /// (with its state and slots, also when it just closed) and the session attributes.
    public var sessionState: SessionState
    /// Up to five interpretations of the input, best first.
    public var interpretations: [RecognizedInterpretation]
    /// The request attributes, echoed.
    public var requestAttributes: [String: String]?
    /// What the simulator did during the turn.
    public var trace: TurnTrace

    /// Creates a response.
    public init(
        sessionId: String,
        messages: [Message],
        sessionState: SessionState,
        interpretations: [RecognizedInterpretation],
        requestAttributes: [String: String]? = nil,
        trace: TurnTrace = TurnTrace()
    ) {
        self.sessionId = sessionId
        self.messages = messages
        self.sessionState = sessionState
        self.interpretations = interpretations
        self.requestAttributes = requestAttributes
        self.trace = trace
    }

    /// The messages' contents joined by newlines: what a conversation script's `bot:` compares.
    public var replyText: String {
        // A single message is most replies; returning it shares its storage.
        if messages.count == 1 { return messages[0].content ?? "" }
        return messages.compactMap(\.content).joined(separator: "\n")
    }
}

/// One interpretation in a RecognizeText response.
public struct RecognizedInterpretation: Sendable, Equatable, Codable {
    /// The intent with the slots captured for it.
    public var intent: Intent
    /// The NLU confidence; absent for the fallback intent, as in Lex.
    public var nluConfidence: Double?

    /// Creates an interpretation.
    public init(intent: Intent, nluConfidence: Double?) {
        self.intent = intent
        self.nluConfidence = nluConfidence
    }

    private enum CodingKeys: String, CodingKey { case intent, nluConfidence }
    private struct Score: Codable { var score: Double }

    /// Decodes the RecognizeText shape (`nluConfidence: {score}`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        intent = try container.decode(Intent.self, forKey: .intent)
        nluConfidence = try container.decodeIfPresent(Score.self, forKey: .nluConfidence)?.score
    }

    /// Encodes the RecognizeText shape (`nluConfidence: {score}`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intent, forKey: .intent)
        try container.encodeIfPresent(nluConfidence.map { Score(score: $0) }, forKey: .nluConfidence)
    }
}
