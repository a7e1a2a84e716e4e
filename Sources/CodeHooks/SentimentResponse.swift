/// The sentiment Lex detected in the input (`interpretations[].sentimentResponse`), present only
/// when the bot enables sentiment analysis. Modelled so that a hook reading it works unchanged;
/// the simulator never sends it.
public struct SentimentResponse: Codable, Sendable, Equatable {
    /// `MIXED`, `NEGATIVE`, `NEUTRAL` or `POSITIVE`.
    public var sentiment: String
    /// The score of each sentiment.
    public var sentimentScore: Score?

    /// The confidence of each sentiment, 0...1.
    public struct Score: Codable, Sendable, Equatable {
        /// Mixed sentiment.
        public var mixed: Double?
        /// Negative sentiment.
        public var negative: Double?
        /// Neutral sentiment.
        public var neutral: Double?
        /// Positive sentiment.
        public var positive: Double?

        /// Creates a score.
        public init(mixed: Double? = nil, negative: Double? = nil, neutral: Double? = nil, positive: Double? = nil) {
            self.mixed = mixed
            self.negative = negative
            self.neutral = neutral
            self.positive = positive
        }
    }

    /// Creates a sentiment response.
    public init(sentiment: String, sentimentScore: Score? = nil) {
        self.sentiment = sentiment
        self.sentimentScore = sentimentScore
    }
}
