/// A whole Lex V2 bot export in memory: the manifest, `Bot.json`, and every locale with its
/// intents, slots and slot types.
///
/// This is the unit the compiler produces and the simulator runs, whether it came from YAML or
/// from a console export. Collections keep the order they were built in: the compiler keeps
/// author order, while `LexExportReader` sorts by name because folder order in a zip or on disk
/// is arbitrary. Elicitation order never depends on this order; it comes from `slotPriorities`
/// (see `LexIntentExport.slotsByPriority`).
public struct LexBotExport: Sendable, Equatable {
    /// `Manifest.json`.
    public var manifest: LexManifest
    /// `Bot.json`.
    public var bot: LexBot
    /// The locales (`BotLocales/<id>/`).
    public var locales: [LexLocaleExport]

    /// Creates an export; the manifest defaults to the console's whole-bot manifest.
    public init(manifest: LexManifest = .bot, bot: LexBot, locales: [LexLocaleExport]) {
        self.manifest = manifest
        self.bot = bot
        self.locales = locales
    }

    /// The locale with the Lex locale id `id` (such as `en_US`), if the bot has it.
    public func locale(_ id: String) -> LexLocaleExport? {
        locales.first { $0.locale.identifier == id }
    }
}

/// One locale of an export: `BotLocale.json`, its intents (each with its slots) and its custom
/// slot types.
public struct LexLocaleExport: Sendable, Equatable {
    /// `BotLocale.json`.
    public var locale: LexBotLocale
    /// The intents (`Intents/<Intent>/`), each with its slots.
    public var intents: [LexIntentExport]
    /// The custom slot types (`SlotTypes/<Type>/SlotType.json`); built-in types have none.
    public var slotTypes: [LexSlotType]

    /// Creates a locale.
    public init(locale: LexBotLocale, intents: [LexIntentExport], slotTypes: [LexSlotType]) {
        self.locale = locale
        self.intents = intents
        self.slotTypes = slotTypes
    }

    /// The Lex locale id, such as `en_US`.
    public var id: String { locale.identifier }

    /// The intent named `name`, if the locale has it.
    public func intent(named name: String) -> LexIntentExport? {
        intents.first { $0.intent.name == name }
    }

    /// The custom slot type named `name`, if the locale has it.
    public func slotType(named name: String) -> LexSlotType? {
        slotTypes.first { $0.name == name }
    }

    /// The locale's fallback intent (parent `AMAZON.FallbackIntent`), if any.
    public var fallbackIntent: LexIntentExport? {
        intents.first { $0.intent.parentIntentSignature == LexIntent.fallbackSignature }
    }
}

/// One intent of an export with its slots (`Intents/<Intent>/Intent.json` and `Slots/*/Slot.json`).
public struct LexIntentExport: Sendable, Equatable {
    /// `Intent.json`.
    public var intent: LexIntent
    /// The slots (`Slots/<Slot>/Slot.json`).
    public var slots: [LexSlot]

    /// Creates an intent with its slots.
    public init(intent: LexIntent, slots: [LexSlot] = []) {
        self.intent = intent
        self.slots = slots
    }

    /// The intent's name.
    public var name: String { intent.name }

    /// The slot named `name`, if the intent has it.
    public func slot(named name: String) -> LexSlot? {
        slots.first { $0.name == name }
    }

    /// The slots in elicitation order: ascending `slotPriorities` priority; slots the priorities do
    /// not list come last, by name. Ties keep the order of `slotPriorities`.
    public var slotsByPriority: [LexSlot] {
        var rank: [String: (priority: Int, position: Int)] = [:]
        for (position, entry) in (intent.slotPriorities ?? []).enumerated() where rank[entry.slotName] == nil {
            rank[entry.slotName] = (entry.priority, position)
        }
        return slots.sorted { lhs, rhs in
            switch (rank[lhs.name], rank[rhs.name]) {
            case (let left?, let right?):
                return (left.priority, left.position) < (right.priority, right.position)
            case (.some, nil):
                return true
            case (nil, .some):
                return false
            case (nil, nil):
                return lhs.name < rhs.name
            }
        }
    }
}

extension LexIntent {
    /// The parent signature of the fallback intent.
    public static let fallbackSignature = "AMAZON.FallbackIntent"
    /// The fixed identifier every export gives the fallback intent.
    public static let fallbackIdentifier = "FALLBCKINT"
}
