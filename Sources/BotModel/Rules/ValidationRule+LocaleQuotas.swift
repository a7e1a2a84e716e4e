import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// A locale has at most 1,000 intents in en_AU, en_GB and en_US and 250 elsewhere (Lex quota).
    ///
    /// Reported at the first intent over the quota.
    public static let intentCountsFitLocaleQuota = ValidationRule(
        "intentCountsFitLocaleQuota",
        code: .tooManyIntents
    ) { bot, bag in
        for locale in bot.locales {
            let limit = locale.quota(LexLimits.intentsPerLargeLocale, else: LexLimits.intentsPerLocale)
            guard locale.intents.count > limit else { continue }
            bag.error(
                .tooManyIntents,
                "locale '\(locale.id.value)' has \(locale.intents.count) intents, more than Lex's quota of \(limit)",
                at: locale.intents[limit].name.span
            )
        }
    }

    /// A locale has at most 250 custom slot types in en_AU, en_GB and en_US and 100 elsewhere.
    ///
    /// Reported at the first slot type over the quota.
    public static let slotTypeCountsFitLocaleQuota = ValidationRule(
        "slotTypeCountsFitLocaleQuota",
        code: .tooManySlotTypes
    ) { bot, bag in
        for locale in bot.locales {
            let limit = locale.quota(LexLimits.slotTypesPerLargeLocale, else: LexLimits.slotTypesPerLocale)
            guard locale.slotTypes.count > limit else { continue }
            bag.error(
                .tooManySlotTypes,
                "locale '\(locale.id.value)' has \(locale.slotTypes.count) slot types, more than Lex's quota of \(limit)",
                at: locale.slotTypes[limit].name.span
            )
        }
    }

    /// A locale has at most 4,000 slots in en_AU, en_GB and en_US and 2,000 elsewhere, across its intents.
    ///
    /// Reported at the first slot over the quota.
    public static let slotCountsFitLocaleQuota = ValidationRule(
        "slotCountsFitLocaleQuota",
        code: .tooManySlotsInLocale
    ) { bot, bag in
        for locale in bot.locales {
            let limit = locale.quota(LexLimits.slotsPerLargeLocale, else: LexLimits.slotsPerLocale)
            let slots = locale.intents.flatMap(\.slots)
            guard slots.count > limit else { continue }
            bag.error(
                .tooManySlotsInLocale,
                "locale '\(locale.id.value)' has \(slots.count) slots across its intents, "
                    + "more than Lex's quota of \(limit)",
                at: slots[limit].name.span
            )
        }
    }

    /// A locale's slot types have at most 50,000 values and synonyms together.
    ///
    /// Reported at the first value or synonym over the quota.
    public static let slotValueCountsFitLocaleQuota = ValidationRule(
        "slotValueCountsFitLocaleQuota",
        code: .tooManySlotValuesInLocale
    ) { bot, bag in
        for locale in bot.locales {
            let limit = LexLimits.slotValuesPerLocale
            let entries = locale.slotTypes.flatMap(\.entries)
            guard entries.count > limit else { continue }
            bag.error(
                .tooManySlotValuesInLocale,
                "locale '\(locale.id.value)' has \(entries.count) slot type values and synonyms, "
                    + "more than Lex's quota of \(limit)",
                at: entries[limit].text.span
            )
        }
    }

    /// A locale's intent and slot sample utterances total at most 2,000,000 characters in en_AU,
    /// en_GB and en_US and 200,000 elsewhere.
    ///
    /// Reported at the utterance that crosses the quota.
    public static let utteranceTextFitsLocaleQuota = ValidationRule(
        "utteranceTextFitsLocaleQuota",
        code: .tooMuchUtteranceText
    ) { bot, bag in
        for locale in bot.locales {
            let limit = locale.quota(LexLimits.utteranceTextPerLargeLocale, else: LexLimits.utteranceTextPerLocale)
            var total = 0
            var crossing: Located<String>?
            for intent in locale.intents {
                for utterance in intent.utterances + intent.slots.flatMap(\.utterances) {
                    total += utterance.value.utf16.count
                    if total > limit, crossing == nil { crossing = utterance }
                }
            }
            guard let crossing else { continue }
            bag.error(
                .tooMuchUtteranceText,
                "sample utterances of locale '\(locale.id.value)' total \(total) characters, "
                    + "more than Lex's quota of \(limit)",
                at: crossing.span
            )
        }
    }
}

extension LocaleDefinition {
    /// `large` in the locales with Lex's larger quotas (en_AU, en_GB, en_US), `other` elsewhere.
    func quota(_ large: Int, else other: Int) -> Int {
        (LexLocale.named(id.value)?.hasLargeQuotas ?? false) ? large : other
    }
}
