/// The Lex V2 quotas and model limits that validation enforces.
///
/// Build-time quotas come from the Lex V2 developer guide "Quotas" page; model limits from the
/// lexv2-models API and the CloudFormation `AWS::Lex::Bot` schema (`reference/lex-v2-facts.md` §2
/// and §7). Every character limit counts UTF-16 code units, as Lex does (`String.utf16.count`).
enum LexLimits {
    /// Longest bot, intent, slot or slot type name.
    static let nameLength = 100
    /// Longest description.
    static let descriptionLength = 2_000
    /// Intents per locale in en_AU, en_GB and en_US.
    static let intentsPerLargeLocale = 1_000
    /// Intents per locale elsewhere.
    static let intentsPerLocale = 250
    /// Custom slot types per locale in en_AU, en_GB and en_US.
    static let slotTypesPerLargeLocale = 250
    /// Custom slot types per locale elsewhere.
    static let slotTypesPerLocale = 100
    /// Slots per locale in en_AU, en_GB and en_US.
    static let slotsPerLargeLocale = 4_000
    /// Slots per locale elsewhere.
    static let slotsPerLocale = 2_000
    /// Values plus synonyms of all custom slot types of a locale.
    static let slotValuesPerLocale = 50_000
    /// Characters of all sample utterances of a locale in en_AU, en_GB and en_US.
    static let utteranceTextPerLargeLocale = 2_000_000
    /// Characters of all sample utterances of a locale elsewhere.
    static let utteranceTextPerLocale = 200_000
    /// Slots per intent.
    static let slotsPerIntent = 100
    /// Sample utterances per intent.
    static let utterancesPerIntent = 1_500
    /// Characters per sample utterance (intent or slot).
    static let utteranceLength = 500
    /// Sample utterances per slot.
    static let utterancesPerSlot = 10
    /// Texts of one message: the message and at most two variations.
    static let textsPerMessage = 3
    /// Characters per message text.
    static let messageLength = 1_000
    /// Characters per slot type value or synonym.
    static let slotValueLength = 140
    /// Values plus synonyms per slot type.
    static let valuesPerSlotType = 10_000
    /// Characters per regex of a regex slot type.
    static let regexLength = 300
    /// Default values per slot (`defaultValueList`).
    static let defaultValuesPerSlot = 10
    /// Characters per default value.
    static let defaultValueLength = 202
}
