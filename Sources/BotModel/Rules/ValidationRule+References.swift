import MeetyDiagnostics

extension ValidationRule {
    /// Every `{Slot}` in an utterance, a slot sample utterance or a message names a slot of the
    /// same intent.
    ///
    /// Reported at the text that contains the reference, with a did-you-mean hint over the
    /// intent's slots: `utterance "book at {MeetingTme}" names slot 'MeetingTme', which intent
    /// 'BookMeeting' does not have (did you mean 'MeetingTime'?)`.
    public static let slotReferencesAreDefined = ValidationRule(
        "slotReferencesAreDefined",
        code: .undefinedSlotReference
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                let slotNames = intent.slots.map(\.name.value)
                let known = Set(slotNames)
                intent.forEachText { text, makeSite in
                    // ASCII text whose references all name slots of the intent is settled by bytes.
                    var allKnown = true
                    let ascii = TemplateScan.asciiSlotReferences(in: text) { name in
                        if allKnown, !slotNames.contains(where: { $0.utf8.elementsEqual(name) }) { allKnown = false }
                    }
                    if ascii != nil, allKnown { return }
                    guard text.contains("{" as Character) else { return }
                    let site = makeSite()
                    for name in TemplateScan(text).slotNames where !known.contains(name) {
                        let hint = Suggestions.hint(for: name, among: slotNames)
                        bag.error(
                            .undefinedSlotReference,
                            "\(site.subject) names slot '\(name)', which intent '\(intent.name.value)' does not have\(hint)",
                            at: site.text.span
                        )
                    }
                }
            }
        }
        reportUndefinedFlowReferences(bot, into: &bag)
    }

    /// The flow half of `slotReferencesAreDefined`: `{Slot}` in conditions (at the name inside the
    /// expression) and a whole value `{Slot}` or `{Intent.Slot}` that a next step puts in a slot or
    /// a session attribute.
    private static func reportUndefinedFlowReferences(_ bot: BotDefinition, into bag: inout DiagnosticBag) {
        for (condition, branch, point, site) in bot.conditionSites {
            let slotNames = site.intent.slots.map(\.name.value)
            for reference in condition.condition?.slotReferences ?? [] {
                guard let name = reference.slotName, !slotNames.contains(name) else { continue }
                let hint = Suggestions.hint(for: name, among: slotNames)
                bag.error(
                    .undefinedSlotReference,
                    "condition of branch '\(branch.name.value)' in \(point.kind.description) of intent "
                        + "'\(site.intent.name.value)' names slot '\(name)', which the intent does not have\(hint)"
                        + condition.columnNote(reference.nameRange),
                    at: condition.span(of: reference.nameRange))
            }
        }
        for site in bot.nextStepSites {
            let values = site.step.slotsToSet.flatMap(\.value.texts) + site.step.sessionAttributes.map(\.value)
            for value in values {
                let text = value.value
                guard text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 else { continue }
                let parts = text.dropFirst().dropLast().split(separator: ".", omittingEmptySubsequences: false)
                let intentName = parts.count == 2 ? String(parts[0]) : site.site.intent.name.value
                guard parts.count <= 2, let slotName = parts.last.map(String.init),
                    let intent = site.site.intentsByName[intentName]
                else { continue }
                let slotNames = intent.slots.map(\.name.value)
                guard !slotNames.contains(slotName) else { continue }
                let hint = Suggestions.hint(for: slotName, among: slotNames)
                bag.error(
                    .undefinedSlotReference,
                    "\(site.subject) sets a value from slot '\(slotName)', which intent '\(intent.name.value)' does "
                        + "not have\(hint)",
                    at: value.span)
            }
        }
    }

    /// Braces in utterances and messages form `{SlotName}` references: no unclosed `{`, stray
    /// `}`, empty `{}` or braces around text that is not a slot name (`{a b}`).
    public static let slotReferencesAreWellFormed = ValidationRule(
        "slotReferencesAreWellFormed",
        code: .malformedSlotReference
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                intent.forEachText { text, makeSite in
                    if TemplateScan.asciiSlotReferences(in: text, visit: { _ in }) == true { return }
                    guard text.contains("{" as Character) || text.contains("}" as Character) else { return }
                    let site = makeSite()
                    for problem in TemplateScan(text).braceProblems {
                        bag.error(.malformedSlotReference, "\(site.fullSubject) has \(problem)", at: site.text.span)
                    }
                }
            }
        }
    }

    /// Square brackets in messages form `[attribute]` session-attribute references: no unclosed
    /// `[`, stray `]`, empty `[]` or padded names.
    public static let attributeReferencesAreWellFormed = ValidationRule(
        "attributeReferencesAreWellFormed",
        code: .malformedAttributeReference
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for site in intent.messageTextSites {
                    let text = site.text.value
                    guard text.contains("[" as Character) || text.contains("]" as Character) else { continue }
                    for problem in TemplateScan(text, attributes: true).bracketProblems {
                        bag.error(
                            .malformedAttributeReference, "\(site.fullSubject) has \(problem)", at: site.text.span)
                    }
                }
            }
        }
    }

    /// Each sample utterance of a slot contains that slot's own `{Slot}` reference, which is what
    /// Lex uses it for (capturing the slot's value from a longer answer).
    public static let slotUtterancesNameTheirSlot = ValidationRule(
        "slotUtterancesNameTheirSlot",
        code: .slotUtteranceWithoutSlot
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                intent.forEachText(utterances: false, messages: false) { text, makeSite in
                    guard !text.isBlank else { return }
                    let site = makeSite()
                    guard let slot = site.slotName else { return }
                    var named = false
                    let ascii = TemplateScan.asciiSlotReferences(in: text) { name in
                        if !named, slot.utf8.elementsEqual(name) { named = true }
                    }
                    if ascii != nil, named { return }
                    guard !TemplateScan(text).slotNames.contains(slot) else { return }
                    bag.error(
                        .slotUtteranceWithoutSlot,
                        "\(site.fullSubject) does not contain {\(slot)}; a slot's sample utterances must name the slot",
                        at: site.text.span
                    )
                }
            }
        }
    }
}
