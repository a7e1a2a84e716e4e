/// `BotLocale.json`: one language of the bot.
///
/// Note the export's vocabulary: `identifier` holds the locale id (`en_US`), which the API calls
/// `localeId`, and `name` holds the display name ("English (US)").
public struct LexBotLocale: Codable, Sendable, Equatable {
    /// The display name, such as "English (US)".
    public var name: String?
    /// The Lex locale id, such as `en_US`; also the locale's folder name.
    public var identifier: String
    /// `null` in exports.
    public var version: String?
    /// A description of up to 2,000 characters.
    public var description: String?
    /// The Polly voice for speech output.
    public var voiceSettings: LexVoiceSettings?
    /// Below this intent score the fallback intent wins, 0...1.
    public var nluConfidenceThreshold: Double

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String? = nil,
        identifier: String,
        version: String? = nil,
        description: String? = nil,
        voiceSettings: LexVoiceSettings? = nil,
        nluConfidenceThreshold: Double
    ) {
        self.name = name
        self.identifier = identifier
        self.version = version
        self.description = description
        self.voiceSettings = voiceSettings
        self.nluConfidenceThreshold = nluConfidenceThreshold
    }
}

/// The Polly voice a locale speaks with.
public struct LexVoiceSettings: Codable, Sendable, Equatable {
    /// The voice, such as `Ivy`.
    public var voiceId: String
    /// `standard`, `neural`, `long-form` or `generative`; kept as text because Polly adds engines.
    public var engine: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(voiceId: String, engine: String? = nil) {
        self.voiceId = voiceId
        self.engine = engine
    }
}
