/// The fixed vocabularies of Amazon Lex V2 that bot files are checked against.
///
/// Kept in one place so a rule, its message and `docs/bot-format.md` agree on what Lex accepts.
/// Sources: the Lex V2 developer guide pages "Languages and locales", "Built-in slot types",
/// "Built-in intents" and the `VoiceEngine` enum of the lexv2-models API (see
/// `reference/lex-v2-facts.md` §1.4, §1.5 and §6).
enum LexCatalog {
    /// The locale ids Lex V2 documents for building bots, in the guide's order.
    static let locales = [
        "ar_AE", "ca_ES", "de_AT", "de_DE", "en_AU", "en_GB", "en_IN", "en_US", "en_ZA", "es_419", "es_ES", "es_US",
        "fi_FI", "fr_CA", "fr_FR", "hi_IN", "it_IT", "ja_JP", "ko_KR", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT",
        "sv_SE", "zh_CN", "zh_HK",
    ]

    /// The locales with the larger build quotas (1,000 intents, 250 slot types, 4,000 slots per locale).
    static let largeQuotaLocales: Set<String> = ["en_AU", "en_GB", "en_US"]

    /// The built-in slot types of Lex V2.
    static let builtInSlotTypes = [
        "AMAZON.AlphaNumeric", "AMAZON.City", "AMAZON.Confirmation", "AMAZON.Country", "AMAZON.Currency",
        "AMAZON.Date", "AMAZON.Duration", "AMAZON.EmailAddress", "AMAZON.FirstName", "AMAZON.FreeFormInput",
        "AMAZON.LastName", "AMAZON.Number", "AMAZON.Percentage", "AMAZON.PhoneNumber", "AMAZON.State",
        "AMAZON.StreetName", "AMAZON.Time", "AMAZON.UKPostalCode",
    ]

    /// Built-in slot types offered only in some locales: type → the locales that have it.
    static let slotTypesOnlyIn: [String: [String]] = ["AMAZON.UKPostalCode": ["en_GB"]]

    /// Built-in slot types missing from some locales: type → the locales that lack it.
    static let slotTypesMissingIn: [String: [String]] = ["AMAZON.AlphaNumeric": ["ko_KR"]]

    /// The built-in slot type a regex slot type builds on.
    static let regexParent = "AMAZON.AlphaNumeric"

    /// Custom slot type names Lex reserves (since 2023-08-17, for the built-in `AMAZON.Confirmation`).
    static let reservedSlotTypeNames = ["Confirmation"]

    /// Parent intent signatures the bot format supports: built-ins that need no extra settings.
    static let parentIntents = [
        "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.PauseIntent",
        "AMAZON.RepeatIntent", "AMAZON.ResumeIntent", "AMAZON.StartOverIntent", "AMAZON.StopIntent",
    ]

    /// Built-in intents that exist in Lex but need settings the bot format cannot express: signature → setting.
    static let unsupportedParentIntents = [
        "AMAZON.KendraSearchIntent": "kendraConfiguration",
        "AMAZON.QnAIntent": "qnAIntentConfiguration",
        "AMAZON.QInConnectIntent": "qInConnectIntentConfiguration",
        "AMAZON.BedrockAgentIntent": "bedrockAgentIntentConfiguration",
    ]

    /// The Polly engines a locale's voice may name.
    static let voiceEngines = ["standard", "neural", "long-form", "generative"]

    /// The code hooks the simulator knows: `meety` is the built-in MeetyBot LexLambda.
    static let codeHooks = ["meety"]
}
