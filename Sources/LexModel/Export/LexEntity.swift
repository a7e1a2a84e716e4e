import MeetyDiagnostics

/// An entity of a bot export: the bot, a locale, an intent, a slot or a custom slot type, named by
/// its locale and names.
///
/// Used to say where an entity came from (`LexSourceMap`): a reader of CloudFormation templates
/// records the line of each entity, so what is reported about it (an import warning) points there.
public enum LexEntity: Sendable, Hashable {
    /// The bot itself.
    case bot
    /// A locale.
    case locale(String)
    /// An intent of a locale.
    case intent(locale: String, intent: String)
    /// A slot of an intent.
    case slot(locale: String, intent: String, slot: String)
    /// A custom slot type of a locale.
    case slotType(locale: String, slotType: String)

    /// Where the entity's file lies in an export tree, below the bot folder
    /// (`BotLocales/en_US/Intents/BookMeeting/Intent.json`).
    public var exportFile: String {
        switch self {
        case .bot: "Bot.json"
        case .locale(let locale): "BotLocales/\(locale)/BotLocale.json"
        case .intent(let locale, let intent): "BotLocales/\(locale)/Intents/\(intent)/Intent.json"
        case .slot(let locale, let intent, let slot): "BotLocales/\(locale)/Intents/\(intent)/Slots/\(slot)/Slot.json"
        case .slotType(let locale, let slotType): "BotLocales/\(locale)/SlotTypes/\(slotType)/SlotType.json"
        }
    }
}

/// Where each entity of an export was read: its span in the source.
public typealias LexSourceMap = [LexEntity: SourceSpan]
