import MeetyDiagnostics
import YAMLNode

/// Decoding what scripts say about conversation flows: clock steps, and a turn's `hooks:` and
/// `contexts:` expectations (docs/conversation-format.md).
extension ConversationDecoder {
    /// The keys of a `hooks:` item written as a mapping.
    static let hookKeys = ["source", "label"]
    /// The keys of a context written as a mapping under `contexts:`.
    static let contextKeys = ["turns", "seconds", "attributes"]
    /// The longest wait a step may take: a year.
    static let maxWait: Int64 = 366 * 86_400

    /// Decodes `wait: 10m` or `clock: 2026-11-20T10:30`, moving `clock` (seconds) to where the
    /// step leaves it.
    func decodeClockStep(
        _ entry: YAMLMapping.Entry, subject: String, clock: inout Int64, bag: inout DiagnosticBag
    ) -> ClockStep? {
        let what = "'\(entry.key.value)' of \(subject)"
        guard let text = entry.value.string(what, bag: &bag) else { return nil }
        let shown = entry.value.scalar?.preview ?? text.value
        if entry.key.value == "wait" {
            guard let seconds = ClockStep.seconds(of: text.value), seconds > 0, seconds <= Self.maxWait else {
                bag.error(
                    .invalidWait,
                    "\(what) is '\(shown)', not a length of time: write whole numbers with units d, h, m, s in that "
                        + "order, such as 90s, 10m, 1h30m or 2d (more than nothing, at most 366d)",
                    at: text.span)
                return nil
            }
            clock += seconds
            return ClockStep(kind: .wait(seconds: seconds), text: text, seconds: clock)
        }
        guard let seconds = ClockStep.seconds(ofTime: text.value) else {
            bag.error(
                .invalidClock,
                "\(what) is '\(shown)', not a real date and time written as YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS",
                at: text.span)
            return nil
        }
        guard seconds >= clock else {
            let current = ClockStep(kind: .set, text: text, seconds: clock).iso
            bag.error(
                .invalidClock,
                "\(what) sets the clock to \(text.value), earlier than the script's clock at that point "
                    + "(\(current)); the clock only moves forward",
                at: text.span)
            return nil
        }
        clock = seconds
        return ClockStep(kind: .set, text: text, seconds: seconds)
    }

    /// Decodes `hooks:`: a list of `DialogCodeHook`, `FulfillmentCodeHook` or `{source, label}`.
    func decodeHooks(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag) -> Located<[ExpectedHookCall]>? {
        let what = "'hooks' of \(subject)"
        guard let items = node.list(what, bag: &bag) else { return nil }
        var calls: [ExpectedHookCall] = []
        for item in items {
            let itemWhat = "an item of \(what)"
            if case .mapping = item {
                guard let reader = MappingReader(item, subject: itemWhat, knownKeys: Self.hookKeys, bag: &bag),
                    let sourceNode = reader.required("source", bag: &bag)
                else { continue }
                let source: Located<ExpectedHookSource>? = decodeValue(
                    sourceNode, what: "hook source", of: subject, code: .unknownHookSource, bag: &bag)
                let label = reader.mapping["label"]?.string("'label' of \(itemWhat)", bag: &bag)
                if let label, label.value.isEmpty {
                    bag.error(.valueOutOfRange, "'label' of \(itemWhat) is empty", at: label.span)
                }
                if let source { calls.append(ExpectedHookCall(source: source, label: label)) }
            } else if let source: Located<ExpectedHookSource> = decodeValue(
                item, what: "hook source", of: subject, code: .unknownHookSource, bag: &bag)
            {
                calls.append(ExpectedHookCall(source: source))
            }
        }
        return calls.count == items.count ? Located(calls, at: node.span) : nil
    }

    /// Decodes `contexts:`: a list of names (exactly these are active), or a mapping of names to
    /// `null` (not active) or `{turns, seconds, attributes}` (active, with those values left).
    func decodeContexts(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag)
        -> Located<ContextExpectation>?
    {
        let what = "'contexts' of \(subject)"
        switch node {
        case .sequence:
            guard let names = node.stringList(what, bag: &bag) else { return nil }
            var seen: Set<String> = []
            for name in names {
                if name.value.isEmpty {
                    bag.error(.valueOutOfRange, "a context name of \(what) is empty", at: name.span)
                }
                if !seen.insert(name.value).inserted {
                    bag.error(.valueOutOfRange, "\(what) lists context '\(name.value)' twice", at: name.span)
                }
            }
            return Located(.exactly(names), at: node.span)
        case .mapping:
            guard let entries = node.entries(what, bag: &bag) else { return nil }
            var checks: [ContextCheck] = []
            for entry in entries {
                let name = Located(entry.key.value, at: entry.key.span)
                if entry.value.isNull {
                    checks.append(ContextCheck(name: name, isActive: false))
                    continue
                }
                let contextWhat = "context '\(entry.key.preview)' of \(what)"
                guard
                    let reader = MappingReader(
                        entry.value, subject: contextWhat, knownKeys: Self.contextKeys, bag: &bag)
                else { continue }
                checks.append(
                    ContextCheck(
                        name: name,
                        isActive: true,
                        turns: reader.mapping["turns"]?.integer("'turns' of \(contextWhat)", in: 0...20, bag: &bag),
                        seconds: reader.mapping["seconds"]?.integer(
                            "'seconds' of \(contextWhat)", in: 0...86_400, bag: &bag),
                        attributes: reader.mapping["attributes"].map { node in
                            optionalTexts(node, what: "'attributes' of \(contextWhat)", bag: &bag).map {
                                TurnExpectations.Attribute(key: $0.key, value: $0.value)
                            }
                        } ?? []
                    ))
            }
            return Located(.each(checks), at: node.span)
        case .scalar:
            bag.error(
                .typeMismatch,
                "expected a list of context names or a mapping of contexts for \(what), found \(node.kindDescription)",
                at: node.span)
            return nil
        }
    }
}
