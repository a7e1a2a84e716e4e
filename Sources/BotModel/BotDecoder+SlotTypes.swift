import MeetyDiagnostics
import YAMLNode

extension BotDecoder {
    /// The keys of a slot type.
    static let slotTypeKeys = ["description", "resolution", "values", "regex"]
    /// The keys of a slot type value.
    static let slotValueKeys = ["value", "synonyms"]

    func decodeSlotType(_ entry: YAMLMapping.Entry, bag: inout DiagnosticBag) -> SlotTypeDefinition? {
        let subject = "slot type '\(entry.key.preview)'"
        guard let reader = MappingReader(entry.value, subject: subject, knownKeys: Self.slotTypeKeys, bag: &bag) else {
            return nil
        }
        let name = Located(entry.key.value, at: entry.key.span)
        let description = reader["description"]?.string("'description' of \(subject)", bag: &bag)
        if let regexNode = reader["regex"] {
            for key in ["values", "resolution"] {
                if let span = reader.keySpan(key) {
                    bag.error(
                        .typeMismatch,
                        "\(subject) has both 'regex' and '\(key)'; a regex slot type takes only 'regex' and 'description'",
                        at: span
                    )
                }
            }
            guard let pattern = regexNode.string("'regex' of \(subject)", bag: &bag) else { return nil }
            return SlotTypeDefinition(
                name: name, description: description, kind: .regex(pattern), span: reader.mapping.span)
        }
        let resolution = reader["resolution"].flatMap { node -> Located<SlotTypeDefinition.Resolution>? in
            guard let text = node.string("'resolution' of \(subject)", bag: &bag) else { return nil }
            guard let value = SlotTypeDefinition.Resolution(rawValue: text.value) else {
                let options = SlotTypeDefinition.Resolution.allCases.map(\.rawValue)
                let hint = Suggestions.hint(for: text.value, among: options)
                bag.error(
                    .typeMismatch,
                    "'resolution' of \(subject) must be 'original' or 'top', not '\(text.value)'\(hint)",
                    at: text.span
                )
                return nil
            }
            return Located(value, at: text.span)
        }
        var values: [SlotTypeValue] = []
        if let valuesNode = reader.required("values", bag: &bag),
            let items = valuesNode.list("'values' of \(subject)", bag: &bag)
        {
            for item in items {
                if let value = decodeValue(item, subject: subject, bag: &bag) { values.append(value) }
            }
        }
        return SlotTypeDefinition(
            name: name,
            description: description,
            kind: .values(resolution: resolution, values: values),
            span: reader.mapping.span
        )
    }

    /// A value written as plain text or as `{value, synonyms}`.
    private func decodeValue(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag) -> SlotTypeValue? {
        if node.scalar != nil {
            return node.string("a value of \(subject)", bag: &bag).map { SlotTypeValue(value: $0) }
        }
        guard
            let reader = MappingReader(
                node, subject: "a value of \(subject)", knownKeys: Self.slotValueKeys, bag: &bag),
            let value = reader.required("value", bag: &bag)?.string("'value' of a value of \(subject)", bag: &bag)
        else { return nil }
        let synonyms =
            reader["synonyms"]?.stringList("'synonyms' of value '\(value.value)' of \(subject)", bag: &bag) ?? []
        return SlotTypeValue(value: value, synonyms: synonyms)
    }
}
