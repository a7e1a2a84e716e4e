import LexModel

/// Converts export entities into the `BotLocales` of an `AWS::Lex::Bot` resource.
///
/// The export JSON is almost the CloudFormation schema with lowerCamelCase keys, so the
/// conversion is mechanical: keys become PascalCase (a leading `ssml` or `dtmf` acronym is upper-cased
/// whole: `ssmlMessage` → `SSMLMessage`, `dtmfSpecification` → `DTMFSpecification`; inner acronyms
/// are already upper case: `allowDTMFInput` → `AllowDTMFInput`); `null`s, empty lists and empty
/// objects are dropped; the export-only `identifier` and `version` go; a locale's `identifier`
/// becomes `LocaleId` and its display `name` goes; slots are inlined in their intent (`Slots`) and
/// slot types in their locale (`SlotTypes`). In every next step (a `nextStep` or `*NextStep`
/// value) the `sessionAttributes` map becomes a `[{Key, Value}]` list and `intent.slots` a
/// `[{SlotName, SlotValueOverride}]` list, the shapes CloudFormation uses. Map keys (attempt names
/// such as `Initial`, attribute and slot names) are never case-converted.
enum CloudFormationBotLocales {
    /// The `BotLocales` list of `export`, in export order.
    static func botLocales(_ export: LexEncodedExport) -> JSONValue {
        .array(export.locales.map(botLocale))
    }

    private static func botLocale(_ locale: LexEncodedExport.Locale) -> JSONValue {
        var members = entity(locale.locale.value, dropping: ["identifier", "name", "version"])
        members["LocaleId"] = .string(locale.locale.name)
        let intents = locale.intents.map { intent -> JSONValue in
            var intentMembers = entity(intent.intent.value, dropping: ["identifier"])
            let slots = intent.slots.map { JSONValue.object(entity($0.value, dropping: ["identifier"])) }
            if !slots.isEmpty { intentMembers["Slots"] = .array(slots) }
            return .object(intentMembers)
        }
        if !intents.isEmpty { members["Intents"] = .array(intents) }
        let slotTypes = locale.slotTypes.map { JSONValue.object(entity($0.value, dropping: ["identifier"])) }
        if !slotTypes.isEmpty { members["SlotTypes"] = .array(slotTypes) }
        return .object(members)
    }

    private static func entity(_ value: JSONValue, dropping keys: Set<String>) -> [String: JSONValue] {
        var members = value.objectValue ?? [:]
        for key in keys { members[key] = nil }
        return convert(.object(members))?.objectValue ?? [:]
    }

    /// The CloudFormation form of an export value, or `nil` when it is empty (null, `[]`, `{}`).
    static func convert(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .null:
            return nil
        case .array(let elements):
            let converted = elements.compactMap(convert)
            return converted.isEmpty ? nil : .array(converted)
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                let converted: JSONValue?
                if key == "nextStep" || key.hasSuffix("NextStep") {
                    converted = dialogState(member)
                } else if key == "promptAttemptsSpecification", case .object(let attempts) = member {
                    converted = convertMap(attempts)
                } else {
                    converted = convert(member)
                }
                if let converted { result[pascalCase(key)] = converted }
            }
            return result.isEmpty ? nil : .object(result)
        default:
            return value
        }
    }

    /// A map whose keys are data (attempt names), with converted values.
    private static func convertMap(_ members: [String: JSONValue]) -> JSONValue? {
        var result: [String: JSONValue] = [:]
        for (key, member) in members {
            if let converted = convert(member) { result[key] = converted }
        }
        return result.isEmpty ? nil : .object(result)
    }

    /// A next step: its attribute and slot maps become the lists CloudFormation expects.
    private static func dialogState(_ value: JSONValue) -> JSONValue? {
        guard case .object(var members) = value else { return convert(value) }
        var attributes: [JSONValue] = []
        if case .object(let map) = members["sessionAttributes"] ?? .null {
            attributes = map.keys.sorted().map { key in
                .object(["Key": .string(key), "Value": map[key] ?? .string("")])
            }
        }
        members["sessionAttributes"] = nil
        var slotOverrides: [JSONValue] = []
        if case .object(var intent) = members["intent"] ?? .null {
            if case .object(let slots) = intent["slots"] ?? .null {
                slotOverrides = slots.keys.sorted().map { name in
                    var entry: [String: JSONValue] = ["SlotName": .string(name)]
                    entry["SlotValueOverride"] = convert(slots[name] ?? .null)
                    return .object(entry)
                }
            }
            intent["slots"] = nil
            members["intent"] = .object(intent)
        }
        guard case .object(var result) = convert(.object(members)) ?? .object([:]) else { return nil }
        if !attributes.isEmpty { result["SessionAttributes"] = .array(attributes) }
        if !slotOverrides.isEmpty {
            var intent = result["Intent"]?.objectValue ?? [:]
            intent["Slots"] = .array(slotOverrides)
            result["Intent"] = .object(intent)
        }
        return result.isEmpty ? nil : .object(result)
    }

    /// `ssmlMessage` → `SSMLMessage`, `dtmfSpecification` → `DTMFSpecification`, otherwise the
    /// first letter upper-cased.
    static func pascalCase(_ key: String) -> String {
        for acronym in ["ssml", "dtmf"] where key.hasPrefix(acronym) {
            return acronym.uppercased() + key.dropFirst(acronym.count)
        }
        guard let first = key.first else { return key }
        return first.uppercased() + key.dropFirst()
    }
}
