import CodeHooks

/// A bot with the per-locale work that does not depend on a conversation done once: utterance
/// templates parsed, custom slot types and regex filters compiled, the hook-response validator's
/// tables built.
///
/// A test suite starts a fresh `LexRuntime` for every script (sessions and stores must not leak
/// between scripts); preparing the bot once and sharing it keeps that isolation free of the cost
/// of recompiling the same bot thousands of times. Immutable and `Sendable`: any number of
/// runtimes on any number of tasks may share one.
public struct PreparedBot: Sendable {
    /// What one locale needs at turn time besides the session.
    struct Locale: Sendable {
        /// The locale's NLU stand-in.
        let nlu: LocaleNLU
        /// Checks hook responses against the locale's intents and slots.
        let validator: CodeHookResponseValidator
        /// The trace's names for the locale's messages and slots.
        let traceKeys: TraceKeys
    }

    /// The bot.
    public let bot: RuntimeBot
    /// The prepared locales by id.
    let locales: [String: Locale]

    /// Prepares `bot`.
    /// - Throws: `SlotTypeError` when a custom slot type cannot be used (an invalid regex filter).
    public init(_ bot: RuntimeBot) throws(SlotTypeError) {
        self.bot = bot
        var locales: [String: Locale] = [:]
        for locale in bot.locales {
            let slotNames = Dictionary(
                locale.intents.map { ($0.name, $0.slots.map(\.name)) }, uniquingKeysWith: { first, _ in first })
            locales[locale.id] = Locale(
                nlu: try LocaleNLU(locale: locale),
                validator: CodeHookResponseValidator(slotNamesByIntent: slotNames),
                traceKeys: TraceKeys(locale: locale))
        }
        self.locales = locales
    }
}
