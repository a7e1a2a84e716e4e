/// The little a script check needs to know about a bot: its locales, their intents, and each
/// intent's slots.
///
/// Conversations must not depend on the bot model or the simulator, so the runner builds this from
/// whatever it runs (a compiled YAML bot or a console export) and the checker stays independent of
/// both. Order matters: the first locale is the default for scripts without `locale:`.
public struct BotOutline: Sendable, Hashable {
    /// The locales in the bot's order.
    public var locales: [LocaleOutline]

    /// Creates an outline.
    public init(locales: [LocaleOutline]) {
        self.locales = locales
    }

    /// The locale a script runs in: the one named `id`, or the first when `id` is `nil`.
    public func locale(_ id: String?) -> LocaleOutline? {
        guard let id else { return locales.first }
        return locales.first { $0.id == id }
    }
}

/// A locale of a `BotOutline`.
public struct LocaleOutline: Sendable, Hashable {
    /// The Lex locale id, such as `en_US`.
    public var id: String
    /// The intents, including the fallback intent, in the bot's order.
    public var intents: [IntentOutline]
    /// The invocation labels the locale's code hook steps call the hook with; `nil` when not known
    /// (a `hooks:` label is then not checked).
    public var invocationLabels: Set<String>?

    /// Creates a locale outline.
    public init(id: String, intents: [IntentOutline], invocationLabels: Set<String>? = nil) {
        self.id = id
        self.intents = intents
        self.invocationLabels = invocationLabels
    }

    /// The intent named `name`, if the locale has it.
    public func intent(_ name: String) -> IntentOutline? {
        intents.first { $0.name == name }
    }
}

/// An intent of a `LocaleOutline`.
public struct IntentOutline: Sendable, Hashable {
    /// The intent's name.
    public var name: String
    /// The names of its slots, in priority order.
    public var slots: [String]

    /// Creates an intent outline.
    public init(name: String, slots: [String] = []) {
        self.name = name
        self.slots = slots
    }
}
