import MeetyDiagnostics

extension ValidationRule {
    /// Every rule the validator runs by default, in the order they run.
    ///
    /// The order follows the bot's structure (names and settings, slot types, slots and
    /// references, fallback intent, utterances, messages, locale quotas) so that, before sorting,
    /// diagnostics read from the general to the specific. Each rule reports one code, listed in
    /// `DiagnosticCode.botCodes`.
    public static let all: [ValidationRule] = [
        .namesFollowLexPattern,
        .localesAreLexLocales,
        .voiceEnginesAreKnown,
        .codeHookIsKnown,
        .codeHookEnvironmentIsValid,
        .hooksHaveACodeHook,
        .descriptionsFitLexLimit,
        .slotTypesAreDefined,
        .slotTypesAreAvailableInLocale,
        .slotTypeNamesAreNotReserved,
        .slotTypeValueCountsFitLexLimits,
        .slotValuesAreNotEmpty,
        .slotValuesFitLexLength,
        .slotValuesAreUnique,
        .slotRegexesUseLexSyntax,
        .slotReferencesAreDefined,
        .slotReferencesAreWellFormed,
        .attributeReferencesAreWellFormed,
        .slotUtterancesNameTheirSlot,
        .requiredSlotsHavePrompts,
        .slotCountsFitLexQuota,
        .slotUtteranceCountsFitLexQuota,
        .localesHaveAFallbackIntent,
        .localesHaveOnlyOneFallbackIntent,
        .fallbackIntentsArePlain,
        .parentIntentsAreKnown,
        .utterancesAreNotEmpty,
        .utterancesFitLexLength,
        .utteranceCountsFitLexQuota,
        .utterancesAreUniqueWithinIntents,
        .utterancesAreUniqueAcrossIntents,
        .utterancesDifferOnceSlotsAreAbstracted,
        .messagesHaveOneToThreeTexts,
        .messagesAreNotEmpty,
        .messagesFitLexLength,
        .intentCountsFitLocaleQuota,
        .slotTypeCountsFitLocaleQuota,
        .slotCountsFitLocaleQuota,
        .slotValueCountsFitLocaleQuota,
        .utteranceTextFitsLocaleQuota,
    ]
}
