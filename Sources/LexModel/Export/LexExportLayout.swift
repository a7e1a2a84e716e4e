/// The file layout of a Lex export, relative to the export root (the zip root).
///
/// ```
/// Manifest.json
/// <Bot>/Bot.json
/// <Bot>/BotLocales/<locale>/BotLocale.json
/// <Bot>/BotLocales/<locale>/Intents/<Intent>/Intent.json
/// <Bot>/BotLocales/<locale>/Intents/<Intent>/Slots/<Slot>/Slot.json
/// <Bot>/BotLocales/<locale>/SlotTypes/<Type>/SlotType.json
/// ```
///
/// Folder names are entity names (the locale folder is the locale id). Other files a console
/// export may hold (`ConversationFlow.json`, `CustomVocabulary.json`) are recognised as `other`
/// and ignored by the reader.
public enum LexExportLayout {
    /// The manifest's file name in real exports.
    public static let manifestPath = "Manifest.json"
    /// The spelling the developer guide uses, also accepted by the reader.
    public static let lowercaseManifestPath = "manifest.json"

    /// What a path of an export holds.
    public enum Entry: Sendable, Hashable {
        /// `Manifest.json` (either spelling).
        case manifest
        /// `<bot>/Bot.json`.
        case bot(bot: String)
        /// `<bot>/BotLocales/<locale>/BotLocale.json`.
        case locale(bot: String, locale: String)
        /// `<bot>/BotLocales/<locale>/Intents/<intent>/Intent.json`.
        case intent(bot: String, locale: String, intent: String)
        /// `<bot>/BotLocales/<locale>/Intents/<intent>/Slots/<slot>/Slot.json`.
        case slot(bot: String, locale: String, intent: String, slot: String)
        /// `<bot>/BotLocales/<locale>/SlotTypes/<type>/SlotType.json`.
        case slotType(bot: String, locale: String, slotType: String)
        /// Anything else.
        case other
    }

    /// The path of `Bot.json`.
    public static func botPath(bot: String) -> String { "\(bot)/Bot.json" }

    /// The path of a locale's `BotLocale.json`.
    public static func localePath(bot: String, locale: String) -> String {
        "\(localeFolder(bot: bot, locale: locale))/BotLocale.json"
    }

    /// The path of an intent's `Intent.json`.
    public static func intentPath(bot: String, locale: String, intent: String) -> String {
        "\(localeFolder(bot: bot, locale: locale))/Intents/\(intent)/Intent.json"
    }

    /// The path of a slot's `Slot.json`.
    public static func slotPath(bot: String, locale: String, intent: String, slot: String) -> String {
        "\(localeFolder(bot: bot, locale: locale))/Intents/\(intent)/Slots/\(slot)/Slot.json"
    }

    /// The path of a slot type's `SlotType.json`.
    public static func slotTypePath(bot: String, locale: String, slotType: String) -> String {
        "\(localeFolder(bot: bot, locale: locale))/SlotTypes/\(slotType)/SlotType.json"
    }

    private static func localeFolder(bot: String, locale: String) -> String {
        "\(bot)/BotLocales/\(locale)"
    }

    /// Classifies a `/`-separated path relative to the export root.
    public static func classify(_ path: String) -> Entry {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1 where parts[0] == manifestPath || parts[0] == lowercaseManifestPath:
            return .manifest
        case 2 where parts[1] == "Bot.json":
            return .bot(bot: parts[0])
        case 4 where parts[1] == "BotLocales" && parts[3] == "BotLocale.json":
            return .locale(bot: parts[0], locale: parts[2])
        case 6 where parts[1] == "BotLocales" && parts[3] == "Intents" && parts[5] == "Intent.json":
            return .intent(bot: parts[0], locale: parts[2], intent: parts[4])
        case 6 where parts[1] == "BotLocales" && parts[3] == "SlotTypes" && parts[5] == "SlotType.json":
            return .slotType(bot: parts[0], locale: parts[2], slotType: parts[4])
        case 8
        where parts[1] == "BotLocales" && parts[3] == "Intents" && parts[5] == "Slots" && parts[7] == "Slot.json":
            return .slot(bot: parts[0], locale: parts[2], intent: parts[4], slot: parts[6])
        default:
            return .other
        }
    }

    /// Whether `name` can be used as one folder name: not empty, not `.` or `..`, and without
    /// `/`, `\` or control characters.
    public static func isSafeFolderName(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != ".." else { return false }
        return !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }
}
