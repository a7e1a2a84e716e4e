import MeetyDiagnostics

extension ValidationRule {
    /// Intent and slot sample utterances have text.
    public static let utterancesAreNotEmpty = ValidationRule(
        "utterancesAreNotEmpty",
        code: .emptyUtterance
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                intent.forEachText(messages: false) { text, makeSite in
                    guard text.isBlank else { return }
                    let site = makeSite()
                    let owner = site.slotName.map { " of slot '\($0)'" } ?? ""
                    bag.error(
                        .emptyUtterance,
                        "\(site.role)\(owner) of intent '\(intent.name.value)' is empty",
                        at: site.text.span
                    )
                }
            }
        }
    }

    /// Intent and slot sample utterances fit Lex's 500 UTF-16 code units.
    public static let utterancesFitLexLength = ValidationRule(
        "utterancesFitLexLength",
        code: .utteranceTooLong
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                intent.forEachText(messages: false) { text, makeSite in
                    let length = text.utf16.count
                    guard length > LexLimits.utteranceLength else { return }
                    let site = makeSite()
                    bag.error(
                        .utteranceTooLong,
                        "\(site.fullSubject) is \(length) UTF-16 code units long, "
                            + "more than Lex's limit of \(LexLimits.utteranceLength)",
                        at: site.text.span
                    )
                }
            }
        }
    }

    /// An intent has at most 1,500 sample utterances (Lex quota).
    ///
    /// Reported once per intent, at the first utterance over the limit.
    public static let utteranceCountsFitLexQuota = ValidationRule(
        "utteranceCountsFitLexQuota",
        code: .tooManyUtterances
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents where intent.utterances.count > LexLimits.utterancesPerIntent {
                bag.error(
                    .tooManyUtterances,
                    "intent '\(intent.name.value)' has \(intent.utterances.count) utterances, "
                        + "more than Lex's limit of \(LexLimits.utterancesPerIntent)",
                    at: intent.utterances[LexLimits.utterancesPerIntent].span
                )
            }
        }
    }
}
