import MeetyDiagnostics

extension ValidationRule {
    /// A message is one text or a list of 1 to 3 texts: it compiles to one message group (Lex allows
    /// 1 to 5) whose first text is the message and the rest its variations (Lex allows 0 to 2).
    ///
    /// An empty list is reported at the list, a fourth text at that text.
    public static let messagesHaveOneToThreeTexts = ValidationRule(
        "messagesHaveOneToThreeTexts",
        code: .messageVariantCount
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for site in intent.messageSites {
                    let count = site.message.variants.count
                    if count == 0 {
                        bag.error(
                            .messageVariantCount,
                            "\(site.subject) is an empty list; a message needs 1 to \(LexLimits.textsPerMessage) texts",
                            at: site.message.span
                        )
                    } else if count > LexLimits.textsPerMessage {
                        bag.error(
                            .messageVariantCount,
                            "\(site.subject) has \(count) texts; a message is one text and at most "
                                + "\(LexLimits.textsPerMessage - 1) variations",
                            at: site.message.variants[LexLimits.textsPerMessage].span
                        )
                    }
                }
            }
        }
    }

    /// Every message text has content (Lex needs 1 to 1,000 characters).
    public static let messagesAreNotEmpty = ValidationRule("messagesAreNotEmpty", code: .emptyMessage) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for site in intent.messageTextSites where site.text.value.isBlank {
                    let owner = site.slotName.map { " of slot '\($0)'" } ?? ""
                    bag.error(
                        .emptyMessage,
                        "\(site.role)\(owner) of intent '\(intent.name.value)' is empty",
                        at: site.text.span
                    )
                }
            }
        }
    }

    /// Every message text fits Lex's 1,000 characters.
    public static let messagesFitLexLength = ValidationRule(
        "messagesFitLexLength",
        code: .messageTooLong
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for site in intent.messageTextSites {
                    let length = site.text.value.utf16.count
                    guard length > LexLimits.messageLength else { continue }
                    bag.error(
                        .messageTooLong,
                        "\(site.fullSubject) is \(length) characters long, "
                            + "more than Lex's limit of \(LexLimits.messageLength)",
                        at: site.text.span
                    )
                }
            }
        }
    }
}
