import MeetyDiagnostics

extension ValidationRule {
    /// An intent lists each utterance once, ignoring case and spacing.
    ///
    /// Reported at the second occurrence with a note at the first. Uses a dictionary keyed by the
    /// normalized text, so the check is linear in the number of utterances.
    public static let utterancesAreUniqueWithinIntents = ValidationRule(
        "utterancesAreUniqueWithinIntents",
        code: .duplicateUtterance
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                var first: [String: Located<String>] = [:]
                for utterance in intent.utterances where !utterance.value.isBlank {
                    let key = UtteranceKey.normalized(utterance.value)
                    guard let earlier = first[key] else {
                        first[key] = utterance
                        continue
                    }
                    bag.error(
                        .duplicateUtterance,
                        "utterance \(TextSite.quote(utterance.value)) repeats utterance \(TextSite.quote(earlier.value)) "
                            + "of intent '\(intent.name.value)' (ignoring case and spacing)",
                        at: utterance.span,
                        notes: [Diagnostic.Note("the first is here", at: earlier.span)]
                    )
                }
            }
        }
    }

    /// No two intents of a locale share an utterance, which Lex could not attribute to either.
    ///
    /// A warning, reported at the later intent's utterance with a note at the earlier one.
    public static let utterancesAreUniqueAcrossIntents = ValidationRule(
        "utterancesAreUniqueAcrossIntents",
        code: .duplicateUtteranceAcrossIntents
    ) { bot, bag in
        for locale in bot.locales {
            var first: [String: (intent: String, utterance: Located<String>)] = [:]
            for intent in locale.intents {
                for utterance in intent.utterances where !utterance.value.isBlank {
                    let key = UtteranceKey.normalized(utterance.value)
                    guard let earlier = first[key] else {
                        first[key] = (intent.name.value, utterance)
                        continue
                    }
                    guard earlier.intent != intent.name.value else { continue }
                    bag.warning(
                        .duplicateUtteranceAcrossIntents,
                        "utterance \(TextSite.quote(utterance.value)) of intent '\(intent.name.value)' is also an "
                            + "utterance of intent '\(earlier.intent)'; Lex cannot tell the two intents apart",
                        at: utterance.span,
                        notes: [Diagnostic.Note("intent '\(earlier.intent)' has it here", at: earlier.utterance.span)]
                    )
                }
            }
        }
    }

    /// Utterances still differ once their `{Slot}` names are abstracted away.
    ///
    /// "book on {MeetingDate}" and "book on {MeetingTime}" match the same inputs: within one intent
    /// Lex cannot tell which slot a value fills, across intents which intent is meant. A warning,
    /// reported at the later utterance. Exact duplicates are left to the duplicate rules.
    public static let utterancesDifferOnceSlotsAreAbstracted = ValidationRule(
        "utterancesDifferOnceSlotsAreAbstracted",
        code: .ambiguousUtterance
    ) { bot, bag in
        for locale in bot.locales {
            var first: [String: (intent: String, key: String, utterance: Located<String>)] = [:]
            for intent in locale.intents {
                for utterance in intent.utterances where utterance.value.contains("{" as Character) {
                    let key = UtteranceKey.normalized(utterance.value)
                    let abstracted = UtteranceKey.abstracted(key)
                    guard let earlier = first[abstracted] else {
                        first[abstracted] = (intent.name.value, key, utterance)
                        continue
                    }
                    guard earlier.key != key else { continue }
                    let sameIntent = earlier.intent == intent.name.value
                    let other = sameIntent ? "" : " of intent '\(earlier.intent)'"
                    let consequence =
                        sameIntent
                        ? "Lex cannot tell which slot a value fills" : "Lex cannot tell the two intents apart"
                    bag.warning(
                        .ambiguousUtterance,
                        "utterance \(TextSite.quote(utterance.value)) of intent '\(intent.name.value)' no longer "
                            + "differs from \(TextSite.quote(earlier.utterance.value))\(other) once slots are "
                            + "abstracted; \(consequence)",
                        at: utterance.span,
                        notes: [Diagnostic.Note("the other utterance is here", at: earlier.utterance.span)]
                    )
                }
            }
        }
    }
}
