import MeetyDiagnostics
import YAMLNode

extension ConversationDecoder {
    /// The keys of a user turn: the text, the session, and the expectations.
    static let turnKeys = [
        "user", "as", "bot", "intent", "action", "slot", "state", "confirmation", "slots", "session", "hooks",
        "contexts",
    ]
    /// The keys that each make a turn a store action.
    static let storeKeys = ["approve", "reject"]
    /// The keys that each make a turn a clock step.
    static let clockKeys = ["wait", "clock"]
    /// The keys that say what kind of step a mapping is.
    static let stepKinds = ["user", "approve", "reject", "wait", "clock"]
    /// The longest user input RecognizeText accepts.
    static let maxInputLength = 1024

    /// Decodes the items of `turns:`, resolving each user turn's session and where each clock step
    /// leaves the clock (which starts at `start`).
    func decodeSteps(_ items: [YAMLNode], start: ScriptClock, bag: inout DiagnosticBag) -> [ScriptStep] {
        var defaultSession: String?
        var clock = start.instant.secondsSinceEpoch
        var steps: [ScriptStep] = []
        for (offset, item) in items.enumerated() {
            if let step = decodeStep(
                item, number: offset + 1, defaultSession: &defaultSession, clock: &clock, bag: &bag)
            {
                steps.append(step)
            }
        }
        return steps
    }

    private func decodeStep(
        _ node: YAMLNode,
        number: Int,
        defaultSession: inout String?,
        clock: inout Int64,
        bag: inout DiagnosticBag
    ) -> ScriptStep? {
        let subject = "turn \(number)"
        guard case .mapping(let mapping) = node else {
            bag.error(
                .typeMismatch,
                "expected a mapping with 'user', 'approve', 'reject', 'wait' or 'clock' for \(subject), found "
                    + node.kindDescription,
                at: node.span
            )
            return nil
        }
        let kinds = mapping.entries.filter { Self.stepKinds.contains($0.key.value) }
        guard let kind = kinds.first else {
            let unknown = mapping.entries.filter { !Self.turnKeys.contains($0.key.value) }
            for entry in unknown {
                let hint = Suggestions.hint(
                    for: entry.key.value, among: Self.turnKeys + Self.storeKeys + Self.clockKeys)
                bag.error(.unknownKey, "unknown key '\(entry.key.preview)' in \(subject)\(hint)", at: entry.key.span)
            }
            if unknown.isEmpty {
                bag.error(
                    .missingKey, "\(subject) has none of 'user', 'approve', 'reject', 'wait' or 'clock'",
                    at: mapping.span)
            }
            return nil
        }
        if kinds.count > 1 {
            for extra in kinds.dropFirst() {
                bag.error(
                    .conflictingKeys,
                    "\(subject) has both '\(kind.key.value)' and '\(extra.key.value)'; a turn is a user turn, "
                        + "a store action or a clock step, so write them as separate turns",
                    at: extra.key.span
                )
            }
            return nil
        }
        switch kind.key.value {
        case "user":
            guard let turn = decodeUserTurn(node, subject: subject, defaultSession: &defaultSession, bag: &bag) else {
                return nil
            }
            return ScriptStep(number: number, action: .user(turn), span: mapping.span)
        case "wait", "clock":
            for entry in mapping.entries where entry.key.value != kind.key.value {
                bag.error(
                    .unknownKey,
                    "unknown key '\(entry.key.preview)' in \(subject); '\(kind.key.value)' moves the clock and takes "
                        + "nothing else",
                    at: entry.key.span)
            }
            guard let step = decodeClockStep(kind, subject: subject, clock: &clock, bag: &bag) else { return nil }
            return ScriptStep(number: number, action: .clock(step), span: mapping.span)
        default:
            for entry in mapping.entries where entry.key.value != kind.key.value {
                let reason =
                    Self.turnKeys.contains(entry.key.value)
                    ? "; 'as' and expectations belong to user turns, and '\(kind.key.value)' takes only a record selector"
                    : Suggestions.hint(for: entry.key.value, among: [kind.key.value])
                bag.error(.unknownKey, "unknown key '\(entry.key.preview)' in \(subject)\(reason)", at: entry.key.span)
            }
            let what = "'\(kind.key.value)' of \(subject)"
            guard let selector = decodeSelector(kind.value, what: what, allowEmpty: false, bag: &bag) else {
                return nil
            }
            let action: ScriptStep.Action = kind.key.value == "approve" ? .approve(selector) : .reject(selector)
            return ScriptStep(number: number, action: action, span: mapping.span)
        }
    }

    private func decodeUserTurn(
        _ node: YAMLNode,
        subject: String,
        defaultSession: inout String?,
        bag: inout DiagnosticBag
    ) -> UserTurn? {
        guard let reader = MappingReader(node, subject: subject, knownKeys: Self.turnKeys, bag: &bag) else {
            return nil
        }
        let text = reader.required("user", bag: &bag)?.string("'user' of \(subject)", bag: &bag)
        if let text, !(1...Self.maxInputLength).contains(text.value.count) {
            bag.error(
                .valueOutOfRange,
                "'user' of \(subject) has \(text.value.count) characters; Lex accepts 1 to \(Self.maxInputLength)",
                at: text.span
            )
        }
        let session = reader.mapping["as"]?.string("'as' of \(subject)", bag: &bag)
        if let session, !ConversationScript.isValidUserLabel(session.value) {
            let shown = reader.mapping["as"]?.scalar?.preview ?? session.value
            bag.error(
                .invalidSessionName,
                "user label '\(shown)' of \(subject) must be 1 to \(ConversationScript.maxUserLabelLength) characters, "
                    + "not only white space (the runner derives the Lex session id from it)",
                at: session.span
            )
        }
        if defaultSession == nil { defaultSession = session?.value ?? ConversationScript.defaultSessionName }
        let expectations = decodeExpectations(reader, subject: subject, bag: &bag)
        guard let text else { return nil }
        return UserTurn(
            text: text,
            explicitSession: session,
            sessionName: session?.value ?? defaultSession ?? ConversationScript.defaultSessionName,
            expectations: expectations
        )
    }

    private func decodeExpectations(_ reader: MappingReader, subject: String, bag: inout DiagnosticBag)
        -> TurnExpectations
    {
        TurnExpectations(
            reply: reader.mapping["bot"].flatMap { decodeReply($0, subject: subject, bag: &bag) },
            intent: reader.mapping["intent"]?.string("'intent' of \(subject)", bag: &bag),
            action: reader.mapping["action"].flatMap {
                decodeValue($0, what: "action", of: subject, code: .unknownAction, bag: &bag)
            },
            slotToElicit: reader.mapping["slot"]?.string("'slot' of \(subject)", bag: &bag),
            state: reader.mapping["state"].flatMap {
                decodeValue($0, what: "intent state", of: subject, code: .unknownIntentState, bag: &bag)
            },
            confirmation: reader.mapping["confirmation"].flatMap {
                decodeValue($0, what: "confirmation state", of: subject, code: .unknownConfirmationState, bag: &bag)
            },
            slots: reader.mapping["slots"].map { node in
                optionalTexts(node, what: "'slots' of \(subject)", bag: &bag).map {
                    TurnExpectations.SlotValue(name: $0.key, value: $0.value)
                }
            } ?? [],
            session: reader.mapping["session"].map { node in
                optionalTexts(node, what: "'session' of \(subject)", bag: &bag).map {
                    TurnExpectations.Attribute(key: $0.key, value: $0.value)
                }
            } ?? [],
            hooks: reader.mapping["hooks"].flatMap { decodeHooks($0, subject: subject, bag: &bag) },
            contexts: reader.mapping["contexts"].flatMap { decodeContexts($0, subject: subject, bag: &bag) }
        )
    }

    /// A mapping of names to text or null (`null`, `~` or empty means "unset"; quoted "null" is text).
    func optionalTexts(
        _ node: YAMLNode,
        what: String,
        bag: inout DiagnosticBag
    ) -> [(key: Located<String>, value: Located<String?>)] {
        guard let entries = node.entries(what, bag: &bag) else { return [] }
        return entries.compactMap { entry in
            let key = Located(entry.key.value, at: entry.key.span)
            if entry.value.isNull { return (key, Located(nil, at: entry.value.span)) }
            guard let text = entry.value.string("'\(entry.key.preview)' of \(what)", bag: &bag) else { return nil }
            return (key, text.map { Optional($0) })
        }
    }

    /// A value of a closed set of Lex names, with a did-you-mean hint when it is not one of them.
    func decodeValue<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode,
        what: String,
        of subject: String,
        code: DiagnosticCode,
        bag: inout DiagnosticBag
    ) -> Located<Value>? where Value.RawValue == String {
        guard let text = node.string("the \(what) of \(subject)", bag: &bag) else { return nil }
        if let value = Value(rawValue: text.value) { return Located(value, at: text.span) }
        let names = Value.allCases.map(\.rawValue)
        let hint = Suggestions.hint(for: text.value, among: names)
        bag.error(
            code,
            "unknown \(what) '\(node.scalar?.preview ?? text.value)' in \(subject); expected one of "
                + "\(names.joined(separator: ", "))\(hint)",
            at: text.span
        )
        return nil
    }

}
