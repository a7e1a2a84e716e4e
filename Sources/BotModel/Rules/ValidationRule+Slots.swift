import MeetyDiagnostics

extension ValidationRule {
    /// Every required slot has a prompt, so the dialog can ask for it.
    ///
    /// Reported at the slot's mapping, which lacks the `prompt` key.
    public static let requiredSlotsHavePrompts = ValidationRule(
        "requiredSlotsHavePrompts",
        code: .missingSlotPrompt
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for slot in intent.slots where slot.isRequired && slot.prompt == nil {
                    bag.error(
                        .missingSlotPrompt,
                        "required slot '\(slot.name.value)' of intent '\(intent.name.value)' has no prompt; "
                            + "add 'prompt' or set 'required: false'",
                        at: slot.span
                    )
                }
            }
        }
    }

    /// An intent has at most 100 slots (Lex quota).
    ///
    /// Reported once per intent, at the first slot over the limit.
    public static let slotCountsFitLexQuota = ValidationRule("slotCountsFitLexQuota", code: .tooManySlots) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents where intent.slots.count > LexLimits.slotsPerIntent {
                bag.error(
                    .tooManySlots,
                    "intent '\(intent.name.value)' has \(intent.slots.count) slots, "
                        + "more than Lex's limit of \(LexLimits.slotsPerIntent)",
                    at: intent.slots[LexLimits.slotsPerIntent].name.span
                )
            }
        }
    }

    /// A slot has at most 10 sample utterances (Lex quota).
    ///
    /// Reported once per slot, at the first sample utterance over the limit.
    public static let slotUtteranceCountsFitLexQuota = ValidationRule(
        "slotUtteranceCountsFitLexQuota",
        code: .tooManySlotUtterances
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for slot in intent.slots where slot.utterances.count > LexLimits.utterancesPerSlot {
                    bag.error(
                        .tooManySlotUtterances,
                        "slot '\(slot.name.value)' of intent '\(intent.name.value)' has \(slot.utterances.count) "
                            + "sample utterances, more than Lex's limit of \(LexLimits.utterancesPerSlot)",
                        at: slot.utterances[LexLimits.utterancesPerSlot].span
                    )
                }
            }
        }
    }
}
