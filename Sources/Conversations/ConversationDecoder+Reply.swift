import MeetyDiagnostics
import YAMLNode

extension ConversationDecoder {
    /// The keys of a `bot:` mapping; exactly one is written.
    static let replyKeys = ["contains", "matches", "oneOf"]

    /// Decodes `bot:`: text for an exact reply, or a mapping with one of `contains`, `matches`, `oneOf`.
    func decodeReply(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag) -> Located<ReplyExpectation>? {
        let what = "'bot' of \(subject)"
        switch node {
        case .scalar:
            return replyText(node, what, bag: &bag).map { Located(.exact($0), at: node.span) }
        case .sequence:
            bag.error(
                .typeMismatch,
                "expected text or a mapping with 'contains', 'matches' or 'oneOf' for \(what), found a list; "
                    + "write alternatives as {oneOf: [...]}",
                at: node.span
            )
            return nil
        case .mapping(let mapping):
            guard let reader = MappingReader(node, subject: what, knownKeys: Self.replyKeys, bag: &bag) else {
                return nil
            }
            let forms = mapping.entries.filter { Self.replyKeys.contains($0.key.value) }
            guard let form = forms.first else {
                if mapping.entries.isEmpty {
                    bag.error(.missingKey, "\(what) needs one of 'contains', 'matches' or 'oneOf'", at: mapping.span)
                }
                return nil
            }
            for extra in forms.dropFirst() {
                bag.error(
                    .conflictingKeys,
                    "\(what) has both '\(form.key.value)' and '\(extra.key.value)'; write one reply form per turn",
                    at: extra.key.span
                )
            }
            guard forms.count == 1, let value = reader.required(form.key.value, bag: &bag) else { return nil }
            let formWhat = "'\(form.key.value)' of \(what)"
            let expectation: ReplyExpectation?
            switch form.key.value {
            case "contains": expectation = decodeContains(value, formWhat, bag: &bag)
            case "matches": expectation = decodePattern(value, formWhat, bag: &bag)
            default: expectation = decodeOneOf(value, formWhat, bag: &bag)
            }
            return expectation.map { Located($0, at: node.span) }
        }
    }

    private func decodeContains(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> ReplyExpectation? {
        let parts: [Located<String>]
        if node.sequence != nil {
            guard let items = node.list(what, bag: &bag) else { return nil }
            if items.isEmpty {
                bag.error(.valueOutOfRange, "\(what) is an empty list; list at least one text", at: node.span)
                return nil
            }
            parts = items.compactMap { replyText($0, "an item of \(what)", bag: &bag) }
            guard parts.count == items.count else { return nil }
        } else {
            guard let text = replyText(node, what, bag: &bag) else { return nil }
            parts = [text]
        }
        for part in parts where part.value.isEmpty {
            bag.error(.valueOutOfRange, "\(what) is empty, which every reply contains", at: part.span)
        }
        return .contains(parts)
    }

    private func decodePattern(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> ReplyExpectation? {
        guard let source = node.string(what, bag: &bag) else { return nil }
        do {
            return .matches(try ReplyPattern(source))
        } catch {
            bag.error(
                .invalidRegex,
                "\(what) is not a valid regular expression: '\(node.scalar?.preview ?? source.value)' (ICU syntax; "
                    + "escape literal characters such as ( [ { . * + ? with a backslash)",
                at: source.span
            )
            return nil
        }
    }

    private func decodeOneOf(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> ReplyExpectation? {
        guard let items = node.list(what, bag: &bag) else { return nil }
        if items.isEmpty {
            bag.error(.valueOutOfRange, "\(what) is an empty list; list at least one reply", at: node.span)
            return nil
        }
        let texts = items.compactMap { replyText($0, "an item of \(what)", bag: &bag) }
        return texts.count == items.count ? .oneOf(texts) : nil
    }

    /// Reply text; a block scalar (`|`, `>`) loses its final line breaks, which no reply ends with.
    private func replyText(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> Located<String>? {
        guard let text = node.string(what, bag: &bag) else { return nil }
        guard let style = node.scalar?.style, style == .literal || style == .folded else { return text }
        var value = text.value
        while value.hasSuffix("\n") { value.removeLast() }
        return Located(value, at: text.span)
    }
}
