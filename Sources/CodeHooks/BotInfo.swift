/// The bot a call comes from (`bot`), so one Lambda function can serve several bots, locales or
/// aliases and tell them apart.
public struct BotInfo: Codable, Sendable, Equatable {
    /// The bot id.
    public var id: String
    /// The bot name.
    public var name: String
    /// The locale id, e.g. `en_US`.
    public var localeId: String
    /// The bot version, e.g. `DRAFT`.
    public var version: String
    /// The alias id, e.g. `TSTALIASID`.
    public var aliasId: String
    /// The alias name.
    public var aliasName: String

    /// Creates bot information; the defaults are those of the console's test alias.
    public init(
        id: String,
        name: String,
        localeId: String,
        version: String = "DRAFT",
        aliasId: String = "TSTALIASID",
        aliasName: String = "TestBotAlias"
    ) {
        self.id = id
        self.name = name
        self.localeId = localeId
        self.version = version
        self.aliasId = aliasId
        self.aliasName = aliasName
    }
}
