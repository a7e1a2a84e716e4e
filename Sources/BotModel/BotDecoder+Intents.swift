import MeetyDiagnostics
import YAMLNode

extension BotDecoder {
    /// The keys of an intent.
    static let intentKeys = [
        "description", "parent", "utterances", "dialogHook", "fulfillmentHook", "slots", "confirmation", "closing",
        "initialResponse", "fulfillment", "inputContexts", "outputContexts",
    ]
    /// The keys of a slot.
    static let slotKeys = [
        "description", "type", "required", "prompt", "utterances", "retries", "failure", "captured", "hook",
        "elicitationHook", "default", "multipleValues",
    ]
    /// The keys of a confirmation.
    static let confirmationKeys = [
        "prompt", "declined", "failure", "retries", "confirmed", "hook", "elicitationHook",
    ]

    func decodeIntent(_ entry: YAMLMapping.Entry, bag: inout DiagnosticBag) -> IntentDefinition? {
        let subject = "intent '\(entry.key.preview)'"
        guard let reader = MappingReader(entry.value, subject: subject, knownKeys: Self.intentKeys, bag: &bag) else {
            return nil
        }
        var slots: [SlotDefinition] = []
        if let node = reader["slots"], let entries = node.entries("'slots' of \(subject)", bag: &bag) {
            for slotEntry in entries {
                if let slot = decodeSlot(slotEntry, intent: entry.key.preview, bag: &bag) { slots.append(slot) }
            }
        }
        let closing = reader["closing"].map {
            messageOrOutcome($0, key: "'closing' of \(subject)", "the closing of \(subject)", bag: &bag)
        }
        return IntentDefinition(
            name: Located(entry.key.value, at: entry.key.span),
            description: reader["description"]?.string("'description' of \(subject)", bag: &bag),
            parent: reader["parent"]?.string("'parent' of \(subject)", bag: &bag),
            utterances: reader["utterances"].map { utterances($0, of: subject, bag: &bag) } ?? [],
            dialogHook: reader["dialogHook"]?.bool("'dialogHook' of \(subject)", bag: &bag),
            fulfillmentHook: reader["fulfillmentHook"]?.bool("'fulfillmentHook' of \(subject)", bag: &bag),
            slots: slots,
            confirmation: reader["confirmation"].flatMap { decodeConfirmation($0, intent: subject, bag: &bag) },
            closing: closing?.message,
            closingFlow: closing?.flow,
            initialResponse: reader["initialResponse"].flatMap { initialResponse($0, of: subject, bag: &bag) },
            fulfillment: reader["fulfillment"].flatMap { fulfillment($0, of: subject, bag: &bag) },
            inputContexts: reader["inputContexts"].map { inputContexts($0, of: subject, bag: &bag) } ?? [],
            outputContexts: reader["outputContexts"].map { outputContexts($0, of: subject, bag: &bag) } ?? [],
            span: reader.mapping.span
        )
    }

    private func decodeSlot(_ entry: YAMLMapping.Entry, intent: String, bag: inout DiagnosticBag) -> SlotDefinition? {
        let subject = "slot '\(entry.key.preview)' of intent '\(intent)'"
        guard let reader = MappingReader(entry.value, subject: subject, knownKeys: Self.slotKeys, bag: &bag) else {
            return nil
        }
        let type = reader.required("type", bag: &bag)?.string("'type' of \(subject)", bag: &bag)
        let failure = reader["failure"].map {
            messageOrOutcome($0, key: "'failure' of \(subject)", "the failure of \(subject)", bag: &bag)
        }
        return SlotDefinition(
            name: Located(entry.key.value, at: entry.key.span),
            description: reader["description"]?.string("'description' of \(subject)", bag: &bag),
            type: type ?? Located("", at: reader.mapping.span),
            required: reader["required"]?.bool("'required' of \(subject)", bag: &bag),
            prompt: reader["prompt"].flatMap { message($0, "'prompt' of \(subject)", bag: &bag) },
            utterances: reader["utterances"].map { utterances($0, of: subject, bag: &bag) } ?? [],
            retries: reader["retries"]?.integer("'retries' of \(subject)", in: 0...5, bag: &bag),
            failure: failure?.message,
            failureFlow: failure?.flow,
            captured: reader["captured"].flatMap { outcome($0, "the capture of \(subject)", bag: &bag) },
            hook: reader["hook"].flatMap { stepHook($0, "the code hook of \(subject)", bag: &bag) },
            elicitationHook: reader["elicitationHook"].flatMap {
                elicitationHook($0, "the elicitation hook of \(subject)", bag: &bag)
            },
            defaultValues: reader["default"]?.stringList("'default' of \(subject)", allowSingle: true, bag: &bag)
                ?? [],
            multipleValues: reader["multipleValues"]?.bool("'multipleValues' of \(subject)", bag: &bag),
            span: reader.mapping.span
        )
    }

    private func decodeConfirmation(_ node: YAMLNode, intent: String, bag: inout DiagnosticBag)
        -> ConfirmationDefinition?
    {
        let subject = "the confirmation of \(intent)"
        guard let reader = MappingReader(node, subject: subject, knownKeys: Self.confirmationKeys, bag: &bag),
            let promptNode = reader.required("prompt", bag: &bag),
            let prompt = message(promptNode, "'prompt' of \(subject)", bag: &bag)
        else { return nil }
        let declined = reader["declined"].map {
            messageOrOutcome($0, key: "'declined' of \(subject)", "the declined answer of \(intent)", bag: &bag)
        }
        let failure = reader["failure"].map {
            messageOrOutcome($0, key: "'failure' of \(subject)", "the failure of \(subject)", bag: &bag)
        }
        return ConfirmationDefinition(
            prompt: prompt,
            declined: declined?.message,
            failure: failure?.message,
            retries: reader["retries"]?.integer("'retries' of \(subject)", in: 0...5, bag: &bag),
            confirmed: reader["confirmed"].flatMap { outcome($0, "the confirmed answer of \(intent)", bag: &bag) },
            declinedFlow: declined?.flow,
            failureFlow: failure?.flow,
            hook: reader["hook"].flatMap { stepHook($0, "the code hook of \(subject)", bag: &bag) },
            elicitationHook: reader["elicitationHook"].flatMap {
                elicitationHook($0, "the elicitation hook of \(subject)", bag: &bag)
            },
            span: reader.mapping.span
        )
    }

    /// A message: one text, or a list of texts (the message and its variations).
    func message(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> MessageDefinition? {
        guard let variants = node.stringList(what, allowSingle: true, bag: &bag) else { return nil }
        return MessageDefinition(variants: variants, span: node.span)
    }

    /// A list of utterances, with a hint when an unquoted `{Slot}` inside `[...]` became a mapping.
    func utterances(_ node: YAMLNode, of subject: String, bag: inout DiagnosticBag) -> [Located<String>] {
        guard let items = node.list("'utterances' of \(subject)", bag: &bag) else { return [] }
        var result: [Located<String>] = []
        for item in items {
            if item.mapping != nil {
                bag.error(
                    .typeMismatch,
                    "expected text for an utterance of \(subject), found a mapping; quote utterances that contain {Slot} inside [...]",
                    at: item.span
                )
            } else if let text = item.string("an utterance of \(subject)", bag: &bag) {
                result.append(text)
            }
        }
        return result
    }
}
