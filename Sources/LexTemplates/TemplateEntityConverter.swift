import LexModel

/// Turns the resolved properties of an `AWS::Lex::Bot` into the export's spelling, the reverse of
/// the compiler's `CloudFormationBotLocales`: keys lowerCamelCase (`SSMLMessage` → `ssmlMessage`,
/// `DTMFSpecification` → `dtmfSpecification`), and in every next step the `SessionAttributes`
/// list of `{Key, Value}` back into a map and `Intent.Slots` (`{SlotName, SlotValueOverride}`)
/// back into a map by slot name. Map keys that are data (prompt attempt names) are kept. Scalars
/// stay text; `LexJSON.decodeTemplateValue` reads them as their fields need.
enum TemplateEntityConverter {
    /// `NluConfidenceThreshold` → `nluConfidenceThreshold`, `SSMLMessage` → `ssmlMessage`.
    static func camelCase(_ key: String) -> String {
        for acronym in ["SSML", "DTMF"] where key.hasPrefix(acronym) {
            return acronym.lowercased() + key.dropFirst(acronym.count)
        }
        guard let first = key.first else { return key }
        return first.lowercased() + key.dropFirst()
    }

    /// The export form of a template value.
    static func convert(_ node: TemplateNode) -> JSONValue {
        switch node {
        case .null: return .null
        case .text(let text, _): return .string(text)
        case .sequence(let items, _): return .array(items.map(convert))
        case .mapping(let entries, _):
            var object: [String: JSONValue] = [:]
            for (key, value) in entries {
                let name = camelCase(key)
                if key == "PromptAttemptsSpecification", let attempts = value.entries {
                    object[name] = .object(
                        Dictionary(attempts.map { ($0.key, convert($0.value)) }, uniquingKeysWith: { _, last in last }))
                } else if key == "NextStep" || key.hasSuffix("NextStep") {
                    object[name] = dialogState(value)
                } else {
                    object[name] = convert(value)
                }
            }
            return .object(object)
        }
    }

    /// A next step: `SessionAttributes` and `Intent.Slots` lists become maps.
    static func dialogState(_ node: TemplateNode) -> JSONValue {
        guard let entries = node.entries else { return convert(node) }
        var object: [String: JSONValue] = [:]
        for (key, value) in entries {
            switch key {
            case "SessionAttributes":
                object["sessionAttributes"] = pairs(value, key: "Key", value: "Value")
            case "Intent":
                var intent: [String: JSONValue] = [:]
                for (intentKey, intentValue) in intentValue(value) {
                    intent[camelCase(intentKey)] =
                        intentKey == "Slots"
                        ? pairs(intentValue, key: "SlotName", value: "SlotValueOverride")
                        : convert(intentValue)
                }
                object["intent"] = .object(intent)
            default:
                object[camelCase(key)] = convert(value)
            }
        }
        return .object(object)
    }

    private static func intentValue(_ node: TemplateNode) -> [(key: String, value: TemplateNode)] {
        node.entries ?? []
    }

    /// A list of `{key: K, value: V}` as the map `{K: V}` (a map stays a map).
    private static func pairs(_ node: TemplateNode, key: String, value: String) -> JSONValue {
        guard let items = node.items else { return convert(node) }
        var object: [String: JSONValue] = [:]
        for item in items {
            guard let name = item[key]?.text else { continue }
            object[name] = item[value].map(convert) ?? .null
        }
        return .object(object)
    }
}
