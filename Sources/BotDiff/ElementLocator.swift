import BotModel
import MeetyDiagnostics

/// Where each element of a bot written in YAML is: the spans of its definition, keyed like the
/// elements (`BotElements`), so a change can be reported at `file:line:col`.
public struct ElementLocator: Sendable {
    private var spans: [BotElementKey: SourceSpan] = [:]

    /// Indexes `definition`.
    public init(definition: BotDefinition) {
        put(nil, ["name"], definition.name.span)
        put(nil, ["description"], definition.description?.span)
        put(nil, ["idleSessionTTL"], definition.idleSessionTTL.span)
        put(nil, ["childDirected"], definition.childDirected.span)
        for locale in definition.locales { index(locale) }
    }

    /// The span of the element with `key`, if the definition writes it.
    public func span(_ key: BotElementKey) -> SourceSpan? {
        spans[key]
    }

    private mutating func put(_ locale: String?, _ path: [String], _ span: SourceSpan?) {
        guard let span else { return }
        let key = BotElementKey(locale: locale, path: path)
        if spans[key] == nil { spans[key] = span }
    }

    private mutating func index(_ locale: LocaleDefinition) {
        let id = locale.id.value
        put(id, [], locale.id.span)
        put(id, ["confidenceThreshold"], locale.confidenceThreshold.span)
        put(id, ["voice"], locale.voice?.id.span)
        put(id, ["description"], locale.description?.span)
        for slotType in locale.slotTypes {
            let path = ElementPath.slotType(slotType.name.value)
            put(id, path, slotType.name.span)
            if case .values(_, let values) = slotType.kind {
                for value in values {
                    put(id, path + ["value", value.value.value], value.value.span)
                    for synonym in value.synonyms {
                        put(id, path + ["value", value.value.value, "synonym", synonym.value], synonym.span)
                    }
                }
            }
        }
        for intent in locale.intents { index(intent, locale: id) }
    }

    private mutating func index(_ intent: IntentDefinition, locale id: String) {
        let path = ElementPath.intent(intent.name.value)
        put(id, path, intent.name.span)
        for utterance in intent.utterances { put(id, path + ["utterance", utterance.value], utterance.span) }
        put(id, path + ["inputContexts"], intent.inputContexts.first?.span)
        put(id, path + ["outputContexts"], intent.outputContexts.first?.span)
        put(id, path + ["dialogHook"], intent.dialogHook?.span)
        put(id, path + ["fulfillmentHook"], intent.fulfillmentHook?.span ?? intent.fulfillment?.span)
        if let initial = intent.initialResponse {
            point(id, path + ["initialResponse"], initial.outcome.message, initial.outcome.flow)
            hook(id, path + ["initialResponse"], initial.hook)
        }
        for slot in intent.slots {
            let slotPath = path + ["slot", slot.name.value]
            put(id, slotPath, slot.name.span)
            for utterance in slot.utterances { put(id, slotPath + ["utterance", utterance.value], utterance.span) }
            put(id, slotPath + ["prompt"], slot.prompt?.span)
            put(id, slotPath + ["elicitationHook"], slot.elicitationHook?.span)
            point(id, slotPath + ["captured"], slot.captured?.message, slot.captured?.flow)
            point(id, slotPath + ["failure"], slot.failure, slot.failureFlow)
            hook(id, slotPath, slot.hook)
        }
        if let confirmation = intent.confirmation {
            let confirmationPath = path + ["confirmation"]
            put(id, confirmationPath, confirmation.span)
            put(id, confirmationPath + ["prompt"], confirmation.prompt.span)
            put(id, confirmationPath + ["elicitationHook"], confirmation.elicitationHook?.span)
            point(id, confirmationPath + ["confirmed"], confirmation.confirmed?.message, confirmation.confirmed?.flow)
            point(id, confirmationPath + ["declined"], confirmation.declined, confirmation.declinedFlow)
            point(id, confirmationPath + ["failure"], confirmation.failure, confirmation.failureFlow)
            hook(id, confirmationPath, confirmation.hook)
        }
        if let fulfillment = intent.fulfillment {
            for (name, outcome) in [
                ("success", fulfillment.success), ("failure", fulfillment.failure), ("timeout", fulfillment.timeout),
            ] {
                point(id, path + ["fulfillment", name], outcome?.message, outcome?.flow)
            }
        }
        point(id, path + ["closing"], intent.closing, intent.closingFlow)
    }

    private mutating func hook(_ id: String, _ step: [String], _ hook: StepHookDefinition?) {
        guard let hook else { return }
        put(id, step + ["hook"], hook.span)
        for (name, outcome) in [("success", hook.success), ("failure", hook.failure), ("timeout", hook.timeout)] {
            point(id, step + ["hook", name], outcome?.message, outcome?.flow)
        }
    }

    private mutating func point(
        _ id: String, _ path: [String], _ message: MessageDefinition?, _ flow: FlowContinuation?
    ) {
        put(id, path + ["response"], message?.span)
        put(id, path + ["next"], flow?.next?.span ?? flow?.span ?? message?.span)
        for branch in flow?.branches ?? [] {
            put(id, path + ["branch", branch.name.value], branch.span)
            put(id, path + ["branch", branch.name.value, "response"], branch.message?.span ?? branch.span)
        }
        if let otherwise = flow?.otherwise {
            put(id, path + ["else"], otherwise.span)
            put(id, path + ["else", "response"], otherwise.message?.span ?? otherwise.span)
        }
    }
}

/// The paths elements are keyed by, in one place for the extraction and the locator.
enum ElementPath {
    /// A custom slot type.
    static func slotType(_ name: String) -> [String] { ["slotType", name] }
    /// An intent.
    static func intent(_ name: String) -> [String] { ["intent", name] }
}
