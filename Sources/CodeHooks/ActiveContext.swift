/// An active context with its time to live (`sessionState.activeContexts[]`): it gates intents
/// that declare it as an input context, and carries attributes a hook may read.
public struct ActiveContext: Codable, Sendable, Equatable {
    /// The context name.
    public var name: String
    /// How long the context stays active.
    public var timeToLive: TimeToLive
    /// Attributes of the context.
    public var contextAttributes: [String: String]

    /// A context's time to live: whichever runs out first ends it.
    public struct TimeToLive: Codable, Sendable, Equatable {
        /// Seconds, 5...86400.
        public var timeToLiveInSeconds: Int
        /// Turns, 1...20.
        public var turnsToLive: Int

        /// Creates a time to live.
        public init(timeToLiveInSeconds: Int, turnsToLive: Int) {
            self.timeToLiveInSeconds = timeToLiveInSeconds
            self.turnsToLive = turnsToLive
        }
    }

    /// Creates a context.
    public init(name: String, timeToLive: TimeToLive, contextAttributes: [String: String] = [:]) {
        self.name = name
        self.timeToLive = timeToLive
        self.contextAttributes = contextAttributes
    }

    private enum CodingKeys: String, CodingKey {
        case name, timeToLive, contextAttributes
    }

    /// Decodes a context; a missing `contextAttributes` reads as empty, as Lex treats it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        timeToLive = try container.decode(TimeToLive.self, forKey: .timeToLive)
        contextAttributes = try container.decodeIfPresent([String: String].self, forKey: .contextAttributes) ?? [:]
    }
}
