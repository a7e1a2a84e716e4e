import MeetyDiagnostics
import YAMLNode

/// Decoding of next steps: `then: ElicitSlot MeetingTime`, or a mapping with `action`, `intent`,
/// `slotsToSet`, `sessionAttributes` and `suppressNextMessage`.
extension BotDecoder {
    /// The keys of a next step written as a mapping.
    static let nextStepKeys = ["action", "intent", "slotsToSet", "sessionAttributes", "suppressNextMessage"]

    /// A next step, short or long.
    func nextStep(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> NextStepDefinition? {
        if let scalar = node.scalar {
            guard let (action, target) = action(scalar, what, bag: &bag) else { return nil }
            return Self.step(action, target: target, span: node.span)
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.nextStepKeys, bag: &bag),
            let actionNode = reader.required("action", bag: &bag)
        else { return nil }
        guard let actionScalar = actionNode.scalar else {
            bag.error(
                .typeMismatch, "expected a dialog action for 'action' of \(what), found \(actionNode.kindDescription)",
                at: actionNode.span)
            return nil
        }
        guard let (action, target) = self.action(actionScalar, "'action' of \(what)", bag: &bag) else { return nil }
        var step = Self.step(action, target: target, span: node.span)
        if let intent = reader["intent"]?.string("'intent' of \(what)", bag: &bag) {
            if action.value == .elicitSlot {
                step.intent = intent
            } else {
                bag.error(
                    .typeMismatch,
                    "'intent' of \(what) names the intent whose slot ElicitSlot elicits; \(action.value.rawValue) "
                        + (action.value == .startIntent
                            ? "names its intent after the action: 'StartIntent \(intent.value)'" : "takes no intent"),
                    at: intent.span)
            }
        }
        if let node = reader["slotsToSet"], let entries = node.entries("'slotsToSet' of \(what)", bag: &bag) {
            step.slotsToSet = entries.compactMap { slotAssignment($0, what, bag: &bag) }
        }
        if let node = reader["sessionAttributes"],
            let entries = node.entries("'sessionAttributes' of \(what)", bag: &bag)
        {
            step.sessionAttributes = entries.compactMap { entry in
                let name = Located(entry.key.value, at: entry.key.span)
                guard case .scalar(let scalar) = entry.value, !scalar.isNull else {
                    bag.error(
                        .typeMismatch,
                        "expected text for session attribute '\(entry.key.preview)' of \(what), found "
                            + "\(entry.value.kindDescription); write \"\" for an empty value",
                        at: entry.value.span)
                    return nil
                }
                return AttributeAssignment(name: name, value: Located(scalar.value, at: scalar.span))
            }
        }
        step.suppressNextMessage = reader["suppressNextMessage"]?.bool("'suppressNextMessage' of \(what)", bag: &bag)
        return step
    }

    private static func step(_ action: Located<FlowAction>, target: Located<String>?, span: SourceSpan)
        -> NextStepDefinition
    {
        switch action.value {
        case .elicitSlot: NextStepDefinition(action: action, slot: target, span: span)
        case .startIntent: NextStepDefinition(action: action, intent: target, span: span)
        default: NextStepDefinition(action: action, span: span)
        }
    }

    /// Reads `ElicitSlot MeetingTime`: the action word and, for `ElicitSlot` and `StartIntent`, the
    /// target, each at its own position inside the text.
    private func action(_ scalar: YAMLScalar, _ what: String, bag: inout DiagnosticBag)
        -> (Located<FlowAction>, Located<String>?)?
    {
        let layout = ScalarLayout(scalar)
        var words: [Located<String>] = []
        var current = ""
        var start = 0
        for (offset, character) in scalar.value.unicodeScalars.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { words.append(Located(current, at: layout.span(start, offset))) }
                current = ""
                start = offset + 1
            } else {
                current.unicodeScalars.append(character)
            }
        }
        if !current.isEmpty {
            words.append(Located(current, at: layout.span(start, scalar.value.unicodeScalars.count)))
        }
        let names = FlowAction.allCases.map(\.rawValue)
        guard !scalar.isNull, let word = words.first else {
            bag.error(
                .typeMismatch,
                "\(what) is empty; write a dialog action such as 'ElicitSlot MeetingTime' or 'EndConversation'",
                at: scalar.span)
            return nil
        }
        guard let action = FlowAction(rawValue: word.value) else {
            let hint = Suggestions.hint(for: word.value, among: names)
            bag.error(
                .typeMismatch,
                "\(what) must start with a dialog action (\(names.joined(separator: ", "))), not '\(word.value)'\(hint)",
                at: word.span)
            return nil
        }
        let located = Located(action, at: word.span)
        if action.takesTarget {
            let needed = action == .elicitSlot ? "the slot to elicit" : "the intent to start"
            guard words.count >= 2 else {
                bag.error(
                    .typeMismatch, "\(what) needs \(needed) after \(action.rawValue): '\(action.rawValue) <name>'",
                    at: word.span)
                return nil
            }
            if words.count > 2 {
                bag.error(
                    .typeMismatch, "\(what) has '\(words[2].value)' after \(action.rawValue) \(words[1].value)",
                    at: words[2].span)
                return nil
            }
            return (located, words[1])
        }
        if words.count > 1 {
            bag.error(
                .typeMismatch, "\(what): \(action.rawValue) takes nothing after it, found '\(words[1].value)'",
                at: words[1].span)
            return nil
        }
        return (located, nil)
    }

    private func slotAssignment(_ entry: YAMLMapping.Entry, _ what: String, bag: inout DiagnosticBag)
        -> SlotAssignment?
    {
        let name = Located(entry.key.value, at: entry.key.span)
        let subject = "slot '\(entry.key.preview)' in 'slotsToSet' of \(what)"
        let value: SlotAssignmentValue
        switch entry.value {
        case .scalar(let scalar) where scalar.isNull:
            value = .clear
        case .scalar(let scalar):
            value = .value(Located(scalar.value, at: scalar.span))
        case .sequence:
            guard let texts = entry.value.stringList(subject, bag: &bag) else { return nil }
            guard !texts.isEmpty else {
                bag.error(
                    .valueOutOfRange, "\(subject) is an empty list; write null to clear the slot", at: entry.value.span)
                return nil
            }
            value = .values(texts)
        case .mapping:
            bag.error(
                .typeMismatch, "expected a value, a list of values or null for \(subject), found a mapping",
                at: entry.value.span)
            return nil
        }
        return SlotAssignment(name: name, value: value, span: entry.value.span)
    }
}
