import MeetyDiagnostics

extension DiagnosticCode {
    /// A name that does not match Lex's name pattern.
    public static let invalidName = DiagnosticCode(
        "invalid-name",
        summary:
            "A bot, intent, slot, slot type, branch, context or invocation label name does not match Lex's pattern "
            + "^([0-9a-zA-Z][_-]?){1,100}$."
    )
    /// A locale key that is not a Lex V2 locale id.
    public static let unknownLocale = DiagnosticCode(
        "unknown-locale",
        summary: "A locale key is not a Lex V2 locale id such as en_US (with a did-you-mean hint)."
    )
    /// A voice engine Polly does not have.
    public static let unknownVoiceEngine = DiagnosticCode(
        "unknown-voice-engine",
        summary: "A voice engine is not one of standard, neural, long-form or generative."
    )
    /// A `codeHook` the simulator does not know.
    public static let unknownCodeHook = DiagnosticCode(
        "unknown-code-hook",
        summary:
            "The bot's codeHook is no spec the simulator runs (meety, none, python:FILE.py, node:FILE.js, exec:COMMAND, an Invoke API URL)."
    )
    /// A `codeHook` `env` name that is not a variable name, or one Lambda reserves.
    public static let invalidHookEnvironment = DiagnosticCode(
        "invalid-hook-environment",
        summary: "A codeHook env name is not an environment variable name, or is one Lambda reserves for itself."
    )
    /// Hooks enabled on an intent of a bot without a `codeHook`.
    public static let hookWithoutCodeHook = DiagnosticCode(
        "hook-without-code-hook",
        summary:
            "An intent enables dialogHook or fulfillmentHook but the bot names no codeHook, so the simulator runs no hook."
    )
    /// A description longer than Lex allows.
    public static let descriptionTooLong = DiagnosticCode(
        "description-too-long",
        summary: "A description is longer than Lex's 2,000 characters."
    )
    /// A slot type that is neither built in nor defined in the slot's locale.
    public static let undefinedSlotType = DiagnosticCode(
        "undefined-slot-type",
        summary: "A slot's type is neither a built-in slot type nor a slot type of the same locale."
    )
    /// A built-in slot type the locale does not offer.
    public static let slotTypeUnavailableInLocale = DiagnosticCode(
        "slot-type-unavailable-in-locale",
        summary: "A built-in slot type (or a regex type built on one) is not offered in the slot's locale."
    )
    /// A custom slot type name Lex reserves or a built-in already has.
    public static let reservedSlotTypeName = DiagnosticCode(
        "reserved-slot-type-name",
        summary: "A custom slot type is named 'Confirmation' (reserved by Lex) or like another built-in slot type."
    )
    /// A slot type with no values or too many.
    public static let slotTypeValueCount = DiagnosticCode(
        "slot-type-value-count",
        summary: "A slot type has no values, or more than 10,000 values and synonyms together."
    )
    /// An empty slot type value or synonym.
    public static let emptySlotValue = DiagnosticCode(
        "empty-slot-value",
        summary: "A slot type value or synonym is empty or only white space."
    )
    /// A slot type value or synonym longer than Lex allows.
    public static let slotValueTooLong = DiagnosticCode(
        "slot-value-too-long",
        summary: "A slot type value or synonym is longer than Lex's 140 characters."
    )
    /// The same value or synonym twice in one slot type.
    public static let duplicateSlotValue = DiagnosticCode(
        "duplicate-slot-value",
        summary: "A slot type lists the same value or synonym twice, ignoring case and spacing (a warning)."
    )
    /// A regex slot type pattern Lex does not accept.
    public static let invalidSlotRegex = DiagnosticCode(
        "invalid-slot-regex",
        summary: "A regex slot type's pattern is empty, longer than 300 characters, or uses syntax Lex does not allow."
    )
    /// A `{Slot}` naming no slot of the intent.
    public static let undefinedSlotReference = DiagnosticCode(
        "undefined-slot-reference",
        summary:
            "An utterance, message, condition or value a next step sets names a {Slot} the intent does not have "
            + "(with a did-you-mean hint)."
    )
    /// Braces that do not form a `{Slot}` reference.
    public static let malformedSlotReference = DiagnosticCode(
        "malformed-slot-reference",
        summary:
            "An utterance or message has an unclosed '{', a stray '}', '{}' or braces around something that is not a slot name."
    )
    /// Square brackets that do not form an `[attribute]` reference.
    public static let malformedAttributeReference = DiagnosticCode(
        "malformed-attribute-reference",
        summary:
            "A message has an unclosed '[', a stray ']', '[]' or brackets around something that is not an attribute name."
    )
    /// A slot sample utterance that does not name its slot.
    public static let slotUtteranceWithoutSlot = DiagnosticCode(
        "slot-utterance-without-slot",
        summary: "A slot's sample utterance does not contain the slot's own {Slot} reference."
    )
    /// A required slot without a prompt.
    public static let missingSlotPrompt = DiagnosticCode(
        "missing-slot-prompt",
        summary: "A required slot has no prompt to elicit it with."
    )
    /// An intent with more slots than Lex allows.
    public static let tooManySlots = DiagnosticCode(
        "too-many-slots",
        summary: "An intent has more than Lex's 100 slots."
    )
    /// A slot with more sample utterances than Lex allows.
    public static let tooManySlotUtterances = DiagnosticCode(
        "too-many-slot-utterances",
        summary: "A slot has more than Lex's 10 sample utterances."
    )
    /// A locale without a fallback intent.
    public static let missingFallbackIntent = DiagnosticCode(
        "missing-fallback-intent",
        summary: "A locale has no intent with parent AMAZON.FallbackIntent (reported at the locale's key)."
    )
    /// A second fallback intent in a locale.
    public static let duplicateFallbackIntent = DiagnosticCode(
        "duplicate-fallback-intent",
        summary: "A locale has more than one intent with parent AMAZON.FallbackIntent."
    )
    /// A fallback intent with utterances, slots or a confirmation.
    public static let misconfiguredFallbackIntent = DiagnosticCode(
        "misconfigured-fallback-intent",
        summary: "The fallback intent has utterances, slots or a confirmation, which Lex rejects."
    )
    /// A `parent` that is not a supported built-in intent.
    public static let unknownParentIntent = DiagnosticCode(
        "unknown-parent-intent",
        summary: "An intent's parent is not a built-in intent signature the bot format supports."
    )
    /// An empty utterance.
    public static let emptyUtterance = DiagnosticCode(
        "empty-utterance",
        summary: "An intent or slot sample utterance is empty or only white space."
    )
    /// An utterance longer than Lex allows.
    public static let utteranceTooLong = DiagnosticCode(
        "utterance-too-long",
        summary: "An intent or slot sample utterance is longer than Lex's 500 UTF-16 code units."
    )
    /// An intent with more utterances than Lex allows.
    public static let tooManyUtterances = DiagnosticCode(
        "too-many-utterances",
        summary: "An intent has more than Lex's 1,500 sample utterances."
    )
    /// The same utterance twice in one intent.
    public static let duplicateUtterance = DiagnosticCode(
        "duplicate-utterance",
        summary: "An intent repeats an utterance, ignoring case and spacing."
    )
    /// The same utterance in two intents.
    public static let duplicateUtteranceAcrossIntents = DiagnosticCode(
        "duplicate-utterance-across-intents",
        summary: "Two intents of a locale share an utterance, so Lex cannot tell them apart (a warning)."
    )
    /// Two utterances that differ only in which slots they name.
    public static let ambiguousUtterance = DiagnosticCode(
        "ambiguous-utterance",
        summary: "An utterance no longer differs from another once its {Slot} names are abstracted away (a warning)."
    )
    /// A message list with no texts or more than three.
    public static let messageVariantCount = DiagnosticCode(
        "message-variant-count",
        summary: "A message list has no texts or more than 3 (one message group: the message and up to 2 variations)."
    )
    /// An empty message text.
    public static let emptyMessage = DiagnosticCode(
        "empty-message",
        summary: "A message text is empty or only white space."
    )
    /// A message text longer than Lex allows.
    public static let messageTooLong = DiagnosticCode(
        "message-too-long",
        summary: "A message text is longer than Lex's 1,000 characters."
    )
    /// A locale with more intents than its quota.
    public static let tooManyIntents = DiagnosticCode(
        "too-many-intents",
        summary: "A locale has more intents than Lex's quota: 1,000 in en_AU, en_GB and en_US, 250 elsewhere."
    )
    /// A locale with more slot types than its quota.
    public static let tooManySlotTypes = DiagnosticCode(
        "too-many-slot-types",
        summary: "A locale has more custom slot types than Lex's quota: 250 in en_AU, en_GB and en_US, 100 elsewhere."
    )
    /// A locale with more slots than its quota.
    public static let tooManySlotsInLocale = DiagnosticCode(
        "too-many-slots-in-locale",
        summary:
            "A locale has more slots across its intents than Lex's quota: 4,000 in en_AU, en_GB and en_US, 2,000 elsewhere."
    )
    /// A locale with more slot values than its quota.
    public static let tooManySlotValuesInLocale = DiagnosticCode(
        "too-many-slot-values-in-locale",
        summary: "A locale's slot types have more than Lex's 50,000 values and synonyms together."
    )
    /// A locale whose utterances are longer in total than its quota.
    public static let tooMuchUtteranceText = DiagnosticCode(
        "too-much-utterance-text",
        summary:
            "A locale's sample utterances total more characters than Lex's quota: 2,000,000 in en_AU, en_GB and en_US, 200,000 elsewhere."
    )

    /// Every code the bot validation rules report, in documentation order, the conversation-flow
    /// codes last. The decoder also reports the YAML-level codes of `DiagnosticCode.yamlCodes`; the
    /// rules about conditions also report `DiagnosticCode.conditionCodes` (`botRuleCodes`).
    public static let botCodes: [DiagnosticCode] =
        [
            .invalidName, .unknownLocale, .unknownVoiceEngine, .unknownCodeHook, .invalidHookEnvironment,
            .hookWithoutCodeHook,
            .descriptionTooLong, .undefinedSlotType, .slotTypeUnavailableInLocale, .reservedSlotTypeName,
            .slotTypeValueCount, .emptySlotValue, .slotValueTooLong, .duplicateSlotValue, .invalidSlotRegex,
            .undefinedSlotReference, .malformedSlotReference, .malformedAttributeReference, .slotUtteranceWithoutSlot,
            .missingSlotPrompt, .tooManySlots, .tooManySlotUtterances, .missingFallbackIntent, .duplicateFallbackIntent,
            .misconfiguredFallbackIntent, .unknownParentIntent, .emptyUtterance, .utteranceTooLong, .tooManyUtterances,
            .duplicateUtterance, .duplicateUtteranceAcrossIntents, .ambiguousUtterance, .messageVariantCount,
            .emptyMessage, .messageTooLong, .tooManyIntents, .tooManySlotTypes, .tooManySlotsInLocale,
            .tooManySlotValuesInLocale, .tooMuchUtteranceText,
        ] + flowCodes
}
