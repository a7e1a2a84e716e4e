/// The built-in slot types and intents of Amazon Lex V2, and where they exist.
///
/// One home for these names: the compiler checks slot types and parent intents against them, the
/// export reader and the simulator recognise them. Sources: the Lex V2 developer guide pages
/// "Built-in slot types" and "Built-in intents", and its feature table of locales (AMAZON.AlphaNumeric
/// is in every locale but ko_KR; AMAZON.UKPostalCode is en_GB only); see `reference/lex-v2-facts.md` §6.
public enum LexBuiltIns {
    /// The built-in slot types of Lex V2.
    public static let slotTypes = [
        "AMAZON.AlphaNumeric", "AMAZON.City", "AMAZON.Confirmation", "AMAZON.Country", "AMAZON.Currency",
        "AMAZON.Date", "AMAZON.Duration", "AMAZON.EmailAddress", "AMAZON.FirstName", "AMAZON.FreeFormInput",
        "AMAZON.LastName", "AMAZON.Number", "AMAZON.Percentage", "AMAZON.PhoneNumber", "AMAZON.State",
        "AMAZON.StreetName", "AMAZON.Time", "AMAZON.UKPostalCode",
    ]

    /// Built-in slot types offered only in some locales: type → the locales that have it.
    public static let slotTypesOnlyIn: [String: [String]] = ["AMAZON.UKPostalCode": ["en_GB"]]

    /// Built-in slot types missing from some locales: type → the locales that lack it.
    public static let slotTypesMissingIn: [String: [String]] = ["AMAZON.AlphaNumeric": ["ko_KR"]]

    /// The built-in slot type a regex slot type builds on.
    public static let regexParentSlotType = "AMAZON.AlphaNumeric"

    /// Custom slot type names Lex reserves (since 2023-08-17, for the built-in `AMAZON.Confirmation`).
    public static let reservedSlotTypeNames = ["Confirmation"]

    /// The fallback intent every locale has.
    public static let fallbackIntent = "AMAZON.FallbackIntent"

    /// Built-in intents that need no settings beyond their own sample utterances and responses.
    public static let conversationalIntents = [
        "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.PauseIntent",
        "AMAZON.RepeatIntent", "AMAZON.ResumeIntent", "AMAZON.StartOverIntent", "AMAZON.StopIntent",
    ]

    /// Built-in intents that answer from a cloud service, with the intent setting that configures it.
    public static let serviceIntents = [
        "AMAZON.KendraSearchIntent": "kendraConfiguration",
        "AMAZON.QnAIntent": "qnAIntentConfiguration",
        "AMAZON.QInConnectIntent": "qInConnectIntentConfiguration",
        "AMAZON.BedrockAgentIntent": "bedrockAgentIntentConfiguration",
    ]
}
