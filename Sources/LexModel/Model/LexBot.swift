/// `Bot.json`: the bot's name, session timeout and data-privacy flag.
///
/// The IAM role is not part of the file; Lex takes it at import time (and CloudFormation as `RoleArn`).
public struct LexBot: Codable, Sendable, Equatable {
    /// The bot name (`^([0-9a-zA-Z][_-]?){1,100}$`); also its folder name in the export.
    public var name: String
    /// `DRAFT` in exports.
    public var version: String?
    /// A description of up to 2,000 characters.
    public var description: String?
    /// The 10-character bot id; Lex assigns a new one on import.
    public var identifier: String?
    /// The COPPA flag Lex requires for every bot.
    public var dataPrivacy: LexDataPrivacy
    /// How long a session lasts without input, 60...86400 seconds.
    public var idleSessionTTLInSeconds: Int
    /// Whether Lex logs the bot's errors (newer exports; left out of written files when absent).
    public var errorLogSettings: LexErrorLogSettings?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String,
        version: String? = nil,
        description: String? = nil,
        identifier: String? = nil,
        dataPrivacy: LexDataPrivacy,
        idleSessionTTLInSeconds: Int,
        errorLogSettings: LexErrorLogSettings? = nil
    ) {
        self.name = name
        self.version = version
        self.description = description
        self.identifier = identifier
        self.dataPrivacy = dataPrivacy
        self.idleSessionTTLInSeconds = idleSessionTTLInSeconds
        self.errorLogSettings = errorLogSettings
    }
}

/// Whether the bot is directed at children under 13 (COPPA); required by Lex.
public struct LexDataPrivacy: Codable, Sendable, Equatable {
    /// True when the bot is subject to COPPA.
    public var childDirected: Bool

    /// Creates a value; absent optional keys are written as `null`.
    public init(childDirected: Bool) {
        self.childDirected = childDirected
    }
}
