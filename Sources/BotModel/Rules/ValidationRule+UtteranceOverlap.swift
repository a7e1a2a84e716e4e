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
        var first = ByteKeyTable()
        var key: [UInt8] = []
        for locale in bot.locales {
            for intent in locale.intents {
                first.removeAll()
                for (index, utterance) in intent.utterances.enumerated() where !utterance.value.isBlank {
                    UtteranceKey.normalizedBytes(utterance.value, into: &key)
                    guard let earlierIndex = first.firstValue(for: key, inserting: index) else { continue }
                    let earlier = intent.utterances[earlierIndex]
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
        var key: [UInt8] = []
        for locale in bot.locales {
            // Values are positions: intent index * utteranceStride + utterance index.
            let stride = (locale.intents.map(\.utterances.count).max() ?? 0) + 1
            var first = ByteKeyTable()
            for (intentIndex, intent) in locale.intents.enumerated() {
                for (index, utterance) in intent.utterances.enumerated() where !utterance.value.isBlank {
                    UtteranceKey.normalizedBytes(utterance.value, into: &key)
                    let position = intentIndex * stride + index
                    guard let earlierPosition = first.firstValue(for: key, inserting: position) else { continue }
                    let earlierIntent = locale.intents[earlierPosition / stride]
                    let earlier = earlierIntent.utterances[earlierPosition % stride]
                    guard earlierIntent.name.value != intent.name.value else { continue }
                    bag.warning(
                        .duplicateUtteranceAcrossIntents,
                        "utterance \(TextSite.quote(utterance.value)) of intent '\(intent.name.value)' is also an "
                            + "utterance of intent '\(earlierIntent.name.value)'; Lex cannot tell the two intents apart",
                        at: utterance.span,
                        notes: [
                            Diagnostic.Note("intent '\(earlierIntent.name.value)' has it here", at: earlier.span)
                        ]
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
        var key: [UInt8] = []
        var abstracted: [UInt8] = []
        for locale in bot.locales {
            let stride = (locale.intents.map(\.utterances.count).max() ?? 0) + 1
            // Keyed by the abstracted text; entry n's normalized key is `keyBytes[keyRanges[n]]`,
            // its utterance at `positions[n]` (intent index * stride + utterance index).
            var first = ByteKeyTable()
            var keyBytes: [UInt8] = []
            var keyRanges: [Range<Int>] = []
            var positions: [Int] = []
            for (intentIndex, intent) in locale.intents.enumerated() {
                for (index, utterance) in intent.utterances.enumerated() where UtteranceKey.hasBrace(utterance.value) {
                    UtteranceKey.normalizedBytes(utterance.value, into: &key)
                    UtteranceKey.abstractedBytes(key, into: &abstracted)
                    let position = intentIndex * stride + index
                    guard let entry = first.firstValue(for: abstracted, inserting: positions.count) else {
                        keyRanges.append(keyBytes.count..<keyBytes.count + key.count)
                        keyBytes.append(contentsOf: key)
                        positions.append(position)
                        continue
                    }
                    guard !keyBytes[keyRanges[entry]].elementsEqual(key) else { continue }
                    let earlierIntent = locale.intents[positions[entry] / stride]
                    let earlier = (
                        intent: earlierIntent.name.value, utterance: earlierIntent.utterances[positions[entry] % stride]
                    )
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
