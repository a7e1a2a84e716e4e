import CodeHooks
import LexRuntime

/// The JSON body of a RecognizeText request (the URI carries the bot, alias, locale and session).
struct RecognizeTextBody: Decodable, Sendable {
    /// What the user typed.
    var text: String
    /// A session state replacing the stored one.
    var sessionState: SessionState?
    /// Attributes for this request only.
    var requestAttributes: [String: String]?
}

/// The JSON body of a PutSession request.
struct PutSessionBody: Decodable, Sendable {
    /// Messages to return to the user, in order.
    var messages: [Message]?
    /// The state the session continues from.
    var sessionState: SessionState
    /// Attributes for this request only.
    var requestAttributes: [String: String]?
}

/// An interpretation as the runtime API returns it: `nluConfidence` as `{score}`, and the source.
struct WireInterpretation: Codable, Sendable, Equatable {
    /// The `nluConfidence` object.
    struct Score: Codable, Sendable, Equatable {
        /// The score, 0 to 1.
        var score: Double
    }

    /// The intent with the slots the input gave it.
    var intent: Intent
    /// The confidence; absent for the fallback intent.
    var nluConfidence: Score?
    /// Always `Lex` (no Bedrock interpretations offline).
    var interpretationSource: String = "Lex"

    /// The wire form of a runtime interpretation.
    init(_ interpretation: RecognizedInterpretation) {
        intent = interpretation.intent
        nluConfidence = interpretation.nluConfidence.map { Score(score: $0) }
    }
}

/// The body of a RecognizeText answer.
struct RecognizeTextResult: Encodable, Sendable {
    /// What the bot says.
    var messages: [Message]
    /// The session after the turn.
    var sessionState: SessionState
    /// Up to five interpretations, best first.
    var interpretations: [WireInterpretation]
    /// The request's attributes, echoed.
    var requestAttributes: [String: String]?
    /// The session id.
    var sessionId: String
}

/// The body of a GetSession answer.
struct GetSessionResult: Encodable, Sendable {
    /// The session id.
    var sessionId: String
    /// The messages last sent to the user.
    var messages: [Message]
    /// The interpretations of the last input.
    var interpretations: [WireInterpretation]
    /// The session's state.
    var sessionState: SessionState
}

/// The body of a DeleteSession answer.
struct DeleteSessionResult: Encodable, Sendable {
    /// The bot id, as in the URI.
    var botId: String
    /// The alias id.
    var botAliasId: String
    /// The locale.
    var localeId: String
    /// The session that ended.
    var sessionId: String
}

/// The body of an error answer: `{"message": ...}`.
struct ErrorBody: Encodable, Sendable {
    /// What went wrong.
    var message: String
}
