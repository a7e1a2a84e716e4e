import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// Every locale has an intent with `parent: AMAZON.FallbackIntent`; Lex rejects a locale
    /// without one and the simulator needs it when nothing matches.
    ///
    /// Reported at the locale's key.
    public static let localesHaveAFallbackIntent = ValidationRule(
        "localesHaveAFallbackIntent",
        code: .missingFallbackIntent
    ) { bot, bag in
        for locale in bot.locales where !locale.intents.contains(where: \.isFallback) {
            bag.error(
                .missingFallbackIntent,
                "locale '\(locale.id.value)' has no fallback intent; "
                    + "add an intent with 'parent: \(IntentDefinition.fallbackSignature)'",
                at: locale.id.span
            )
        }
    }

    /// A locale has only one fallback intent.
    ///
    /// Reported at the second one's `parent`, with a note at the first.
    public static let localesHaveOnlyOneFallbackIntent = ValidationRule(
        "localesHaveOnlyOneFallbackIntent",
        code: .duplicateFallbackIntent
    ) { bot, bag in
        for locale in bot.locales {
            let fallbacks = locale.intents.filter(\.isFallback)
            guard let first = fallbacks.first else { continue }
            for intent in fallbacks.dropFirst() {
                bag.error(
                    .duplicateFallbackIntent,
                    "intent '\(intent.name.value)' is a second fallback intent of locale '\(locale.id.value)' "
                        + "after '\(first.name.value)'; a locale has exactly one",
                    at: intent.parent?.span ?? intent.name.span,
                    notes: [Diagnostic.Note("'\(first.name.value)' is the first fallback intent", at: first.name.span)]
                )
            }
        }
    }

    /// Fallback intents have no utterances, slots or confirmation, as Lex requires of
    /// AMAZON.FallbackIntent.
    ///
    /// Reported at the first utterance, the first slot or the confirmation.
    public static let fallbackIntentsArePlain = ValidationRule(
        "fallbackIntentsArePlain",
        code: .misconfiguredFallbackIntent
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents where intent.isFallback {
                let subject = "fallback intent '\(intent.name.value)'"
                let rule = "\(IntentDefinition.fallbackSignature) takes no utterances, slots or confirmation"
                if let utterance = intent.utterances.first {
                    bag.error(.misconfiguredFallbackIntent, "\(subject) has utterances; \(rule)", at: utterance.span)
                }
                if let slot = intent.slots.first {
                    bag.error(.misconfiguredFallbackIntent, "\(subject) has slots; \(rule)", at: slot.name.span)
                }
                if let confirmation = intent.confirmation {
                    bag.error(
                        .misconfiguredFallbackIntent,
                        "\(subject) has a confirmation; \(rule)",
                        at: confirmation.span
                    )
                }
            }
        }
    }

    /// An intent's `parent` is a built-in intent signature the bot format supports.
    public static let parentIntentsAreKnown = ValidationRule(
        "parentIntentsAreKnown",
        code: .unknownParentIntent
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                guard let parent = intent.parent, !LexBuiltIns.conversationalIntents.contains(parent.value) else {
                    continue
                }
                let subject = "parent '\(parent.value)' of intent '\(intent.name.value)'"
                if let setting = LexBuiltIns.serviceIntents[parent.value] {
                    bag.error(
                        .unknownParentIntent,
                        "\(subject) needs a \(setting), which the bot format cannot express",
                        at: parent.span
                    )
                } else {
                    let hint = Suggestions.hint(
                        for: parent.value,
                        among: LexBuiltIns.conversationalIntents + LexBuiltIns.serviceIntents.keys.sorted()
                    )
                    bag.error(
                        .unknownParentIntent,
                        "\(subject) is not a built-in intent signature such as \(IntentDefinition.fallbackSignature)\(hint)",
                        at: parent.span
                    )
                }
            }
        }
    }
}
