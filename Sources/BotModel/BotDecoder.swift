import MeetyDiagnostics
import YAMLNode

/// Decodes a bot definition (`bots/*.yaml`) from a YAML node tree, strictly.
///
/// Every key is checked against the format (unknown keys are errors with a did-you-mean hint),
/// every scalar is interpreted by its field (no YAML 1.1 guessing), and every problem is reported
/// at the text it concerns. Decoding continues past errors so one run lists them all; the result
/// is `nil` only when the root is unusable. Structural checks live here; rules about meaning (name
/// patterns, references, quotas) are `ValidationRule`s run afterwards.
public struct BotDecoder: Sendable {
    /// The keys of the bot's root mapping.
    static let rootKeys = ["name", "description", "idleSessionTTL", "childDirected", "codeHook", "locales"]
    /// The keys of a locale.
    static let localeKeys = ["description", "confidenceThreshold", "voice", "slotTypes", "intents"]
    /// The keys of a `codeHook` mapping.
    static let codeHookKeys = ["spec", "env"]
    /// The keys of a `{id, engine}` voice.
    static let voiceKeys = ["id", "engine"]

    /// Creates a decoder.
    public init() {}

    /// Decodes the document rooted at `root` of `file`.
    /// - Returns: The definition, or `nil` when the document is empty or its root is not a mapping.
    public func decode(_ root: YAMLNode?, file: String, into bag: inout DiagnosticBag) -> BotDefinition? {
        guard let root else {
            bag.error(
                .emptyFile, "file is empty; expected a bot definition with 'name' and 'locales'", at: .startOf(file))
            return nil
        }
        guard let reader = MappingReader(root, subject: "the bot", knownKeys: Self.rootKeys, bag: &bag) else {
            return nil
        }
        let name = reader.required("name", bag: &bag)?.string("'name' of the bot", bag: &bag)
        let description = reader["description"]?.string("'description' of the bot", bag: &bag)
        let ttl = reader["idleSessionTTL"]?.integer("idleSessionTTL", in: 60...86_400, bag: &bag)
        let childDirected = reader["childDirected"]?.bool("childDirected", bag: &bag)
        let codeHook = reader["codeHook"].flatMap { decodeCodeHook($0, bag: &bag) }
        var locales: [LocaleDefinition] = []
        if let localesNode = reader.required("locales", bag: &bag),
            let entries = localesNode.entries("'locales' of the bot", bag: &bag)
        {
            if entries.isEmpty {
                bag.error(
                    .valueOutOfRange,
                    "'locales' of the bot is empty; a bot needs at least one locale such as en_US",
                    at: localesNode.span
                )
            }
            for entry in entries {
                if let locale = decodeLocale(entry, file: file, bag: &bag) { locales.append(locale) }
            }
        }
        let rootSpan = root.span
        return BotDefinition(
            file: file,
            name: name ?? Located("", at: reader.mapping.span),
            description: description,
            idleSessionTTL: ttl ?? Located(BotDefinition.defaultIdleSessionTTL, at: rootSpan),
            childDirected: childDirected ?? Located(false, at: rootSpan),
            codeHook: codeHook,
            locales: locales,
            span: rootSpan
        )
    }

    private func decodeLocale(_ entry: YAMLMapping.Entry, file: String, bag: inout DiagnosticBag) -> LocaleDefinition? {
        let id = Located(entry.key.value, at: entry.key.span)
        let subject = "locale '\(entry.key.preview)'"
        guard let reader = MappingReader(entry.value, subject: subject, knownKeys: Self.localeKeys, bag: &bag) else {
            return nil
        }
        let description = reader["description"]?.string("'description' of \(subject)", bag: &bag)
        let threshold = reader["confidenceThreshold"]?.number("confidenceThreshold", in: 0...1, bag: &bag)
        let voice = reader["voice"].flatMap { decodeVoice($0, subject: subject, bag: &bag) }
        var slotTypes: [SlotTypeDefinition] = []
        if let node = reader["slotTypes"], let entries = node.entries("'slotTypes' of \(subject)", bag: &bag) {
            for typeEntry in entries {
                if let slotType = decodeSlotType(typeEntry, bag: &bag) { slotTypes.append(slotType) }
            }
        }
        var intents: [IntentDefinition] = []
        if let node = reader.required("intents", bag: &bag),
            let entries = node.entries("'intents' of \(subject)", bag: &bag)
        {
            for intentEntry in entries {
                if let intent = decodeIntent(intentEntry, bag: &bag) { intents.append(intent) }
            }
        }
        return LocaleDefinition(
            id: id,
            description: description,
            confidenceThreshold: threshold
                ?? Located(LocaleDefinition.defaultConfidenceThreshold, at: reader.mapping.span),
            voice: voice,
            slotTypes: slotTypes,
            intents: intents,
            span: reader.mapping.span
        )
    }

    private func decodeVoice(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag) -> VoiceDefinition? {
        if node.scalar != nil {
            return node.string("'voice' of \(subject)", bag: &bag).map { VoiceDefinition(id: $0) }
        }
        guard
            let reader = MappingReader(node, subject: "the voice of \(subject)", knownKeys: Self.voiceKeys, bag: &bag),
            let id = reader.required("id", bag: &bag)?.string("'id' of the voice", bag: &bag)
        else { return nil }
        let engine = reader["engine"]?.string("'engine' of the voice", bag: &bag)
        return VoiceDefinition(id: id, engine: engine)
    }

    /// `codeHook: SPEC` or `codeHook: {spec: SPEC, env: {NAME: VALUE}}`.
    private func decodeCodeHook(_ node: YAMLNode, bag: inout DiagnosticBag) -> CodeHookSetting? {
        if node.scalar != nil {
            return node.string("'codeHook' of the bot", bag: &bag).map { CodeHookSetting(spec: $0) }
        }
        guard
            let reader = MappingReader(node, subject: "'codeHook' of the bot", knownKeys: Self.codeHookKeys, bag: &bag),
            let spec = reader.required("spec", bag: &bag)?.string("'spec' of 'codeHook'", bag: &bag)
        else { return nil }
        var variables: [CodeHookSetting.Variable] = []
        if let env = reader["env"], let entries = env.entries("'env' of 'codeHook'", bag: &bag) {
            for entry in entries {
                guard let value = entry.value.string("'\(entry.key.preview)' of 'env'", bag: &bag) else { continue }
                variables.append(.init(name: Located(entry.key.value, at: entry.key.span), value: value))
            }
        }
        return CodeHookSetting(spec: spec, environment: variables)
    }
}
