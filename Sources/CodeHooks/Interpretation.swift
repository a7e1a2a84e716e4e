/// One candidate intent for the input (`interpretations[]`), best first, so a hook can see what
/// else the user might have meant.
///
/// In the Lambda event `nluConfidence` is a bare number (RecognizeText wraps it as `{"score": n}`),
/// and Lex leaves it out for `FallbackIntent`.
public struct Interpretation: Codable, Sendable, Equatable {
    /// The intent with the slots captured for it.
    public var intent: Intent
    /// The NLU confidence 0...1; absent for the fallback intent.
    public var nluConfidence: Double?
    /// The sentiment of the input, when sentiment analysis is enabled for the bot.
    public var sentimentResponse: SentimentResponse?
    /// `Lex` or `Bedrock`.
    public var interpretationSource: String?

    /// Creates an interpretation.
    public init(
        intent: Intent,
        nluConfidence: Double? = nil,
        sentimentResponse: SentimentResponse? = nil,
        interpretationSource: String? = "Lex"
    ) {
        self.intent = intent
        self.nluConfidence = nluConfidence
        self.sentimentResponse = sentimentResponse
        self.interpretationSource = interpretationSource
    }
}
