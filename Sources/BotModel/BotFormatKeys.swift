/// The keys of every mapping of the bot format, exactly as the decoder accepts them, by mapping.
///
/// The JSON Schema of the format (`FormatSchemas`) is built from these tables, and a test fails when
/// a table has a key the schema does not describe, so a key the decoder learns cannot be missing
/// from the schema editors use.
public enum BotFormatKeys {
    /// Every table, by the name the schema gives its mapping.
    public static let tables: [String: [String]] = [
        "bot": BotDecoder.rootKeys,
        "locale": BotDecoder.localeKeys,
        "codeHook": BotDecoder.codeHookKeys,
        "voice": BotDecoder.voiceKeys,
        "slotType": BotDecoder.slotTypeKeys,
        "slotTypeValue": BotDecoder.slotValueKeys,
        "intent": BotDecoder.intentKeys,
        "slot": BotDecoder.slotKeys,
        "confirmation": BotDecoder.confirmationKeys,
        "outcome": BotDecoder.outcomeKeys,
        "branch": BotDecoder.branchKeys,
        "defaultBranch": BotDecoder.defaultBranchKeys,
        "stepHook": BotDecoder.stepHookKeys,
        "elicitationHook": BotDecoder.elicitationHookKeys,
        "initialResponse": BotDecoder.initialResponseKeys,
        "fulfillment": BotDecoder.fulfillmentKeys,
        "outputContext": BotDecoder.outputContextKeys,
        "nextStep": BotDecoder.nextStepKeys,
    ]

    /// Lex's limit on the branches of one conditional.
    public static let maximumBranches = BotDecoder.maximumBranches
    /// Lex's limit on the length of a condition, in characters.
    public static let maximumConditionLength = BotDecoder.maximumConditionLength
    /// Lex's limit on an intent's input contexts.
    public static let maximumInputContexts = BotDecoder.maximumInputContexts
    /// Lex's limit on an intent's output contexts.
    public static let maximumOutputContexts = BotDecoder.maximumOutputContexts
    /// The Polly voice engines Lex accepts.
    public static let voiceEngines = LexCatalog.voiceEngines
}
