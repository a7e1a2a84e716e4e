import LexModel

/// One intent in the bot format: its settings, utterances, contexts, hooks, slots in priority order,
/// confirmation, initial response, fulfillment and closing, each flow point written only where it
/// differs from what the bot format compiles by default.
struct IntentImporter {
    let intent: LexIntentExport
    let locale: String
    /// The locale's fallback intent, the default target of a failure.
    let fallbackIntent: String?
    private var name: String { intent.name }
    private var entity: LexEntity { .intent(locale: locale, intent: intent.name) }
    var flow: ImportFlow { ImportFlow(entity: entity, intent: name) }
    var usesDialogHook: Bool { intent.intent.dialogCodeHook?.enabled == true }
    private var startFallback: String { "StartIntent " + (fallbackIntent ?? "FallbackIntent") }

    init(intent: LexIntentExport, locale: String, fallbackIntent: String?) {
        self.intent = intent
        self.locale = locale
        self.fallbackIntent = fallbackIntent
    }

    mutating func outline(_ context: inout ImportContext) -> YAMLOutline {
        let lex = intent.intent
        var entries: [(String, YAMLOutline)] = []
        if let description = lex.description, !description.isEmpty {
            entries.append(("description", .text(description)))
        }
        if let parent = lex.parentIntentSignature { entries.append(("parent", .text(parent))) }
        let utterances = (lex.sampleUtterances ?? []).map(\.utterance)
        if !utterances.isEmpty { entries.append(("utterances", .list(utterances.map(YAMLOutline.text)))) }
        if usesDialogHook { entries.append(("dialogHook", .plain("true"))) }
        if let hook = lex.fulfillmentCodeHook, hook.enabled, hook.isActive ?? true {
            entries.append(("fulfillmentHook", .plain("true")))
        }
        entries += contexts(lex, &context)
        unsupported(lex, &context)
        if let initial = lex.initialResponseSetting, let outline = initialResponse(initial, &context) {
            entries.append(("initialResponse", outline))
        }
        let slots = intent.slotsByPriority.map { ($0.name, slot($0, &context)) }
        if !slots.isEmpty { entries.append(("slots", .mapping(slots))) }
        if let confirmation = lex.intentConfirmationSetting {
            if confirmation.isActive ?? true {
                entries.append(("confirmation", self.confirmation(confirmation, &context)))
            } else {
                context.lose(entity, "intentConfirmationSetting", "inactive; it is not imported (Lex does not ask it)")
            }
        }
        if let fulfillment = fulfillment(lex, &context) { entries.append(("fulfillment", fulfillment)) }
        if let closing = closing(lex, &context) { entries.append(("closing", closing)) }
        return .mapping(entries)
    }

    private func contexts(_ lex: LexIntent, _ context: inout ImportContext) -> [(String, YAMLOutline)] {
        var entries: [(String, YAMLOutline)] = []
        let inputs = lex.inputContexts ?? []
        if !inputs.isEmpty { entries.append(("inputContexts", .list(inputs.map { .text($0.name) }))) }
        let outputs = lex.outputContexts ?? []
        if !outputs.isEmpty {
            entries.append(
                (
                    "outputContexts",
                    .list(
                        outputs.map {
                            .mapping([
                                ("name", .text($0.name)), ("turns", .plain("\($0.turnsToLive)")),
                                ("ttl", .plain("\($0.timeToLiveInSeconds)")),
                            ])
                        })
                ))
        }
        return entries
    }

    private func unsupported(_ lex: LexIntent, _ context: inout ImportContext) {
        if lex.kendraConfiguration != nil {
            context.lose(entity, "kendraConfiguration", "Kendra search intents are not in the bot format")
        }
        if lex.qnAIntentConfiguration != nil {
            context.lose(entity, "qnAIntentConfiguration", "QnA intents are not in the bot format")
        }
        if lex.bedrockAgentIntentConfiguration != nil {
            context.lose(entity, "bedrockAgentIntentConfiguration", "Bedrock agent intents are not in the bot format")
        }
        if lex.qInConnectIntentConfiguration != nil {
            context.lose(entity, "qInConnectIntentConfiguration", "Q in Connect intents are not in the bot format")
        }
        if lex.fulfillmentCodeHook?.fulfillmentUpdatesSpecification?.active == true {
            context.lose(
                entity, "fulfillmentCodeHook.fulfillmentUpdatesSpecification",
                "fulfillment updates are not in the bot format; they are not imported")
        }
        if let closing = lex.intentClosingSetting, closing.isActive == false,
            closing.closingResponse != nil || closing.nextStep != nil
        {
            context.lose(entity, "intentClosingSetting", "inactive; it is not imported (Lex does not say it)")
        }
    }

    private func initialResponse(_ setting: LexInitialResponseSetting, _ context: inout ImportContext) -> YAMLOutline? {
        let hook = stepHook(setting.codeHook, "initialResponseSetting.codeHook", &context)
        let outcome = flow.outcome(
            .init(response: setting.initialResponse, next: setting.nextStep, conditional: setting.conditional),
            "initialResponseSetting.initial", implied: hook == nil ? nil : "InvokeDialogCodeHook",
            hookImplied: hook != nil, messageOnly: hook == nil, &context)
        guard let hook else { return outcome }
        if case .mapping(let entries) = outcome { return .mapping(entries + [("hook", hook)]) }
        return .mapping([("hook", hook)])
    }

    /// A step's code hook: `true`, or `{label, invoke, success, failure, timeout}`.
    /// - Parameter owner: the entity the step belongs to (the slot, for a slot's hook).
    func stepHook(
        _ hook: LexDialogCodeHookInvocationSetting?, _ setting: String, owner: LexEntity? = nil,
        _ context: inout ImportContext
    ) -> YAMLOutline? {
        guard let hook else { return nil }
        let flow = ImportFlow(entity: owner ?? entity, intent: name)
        guard hook.isActive else {
            context.lose(owner ?? entity, setting, "inactive; it is not imported (Lex does not call it)")
            return nil
        }
        var entries: [(String, YAMLOutline)] = []
        if let label = hook.invocationLabel, !label.isEmpty { entries.append(("label", .text(label))) }
        if !hook.enableCodeHookInvocation { entries.append(("invoke", .plain("false"))) }
        let status = hook.postCodeHookSpecification
        let outcomes: [(String, ImportFlow.Point, String?)] = [
            (
                "success",
                .init(
                    response: status.successResponse, next: status.successNextStep,
                    conditional: status.successConditional), nil
            ),
            (
                "failure",
                .init(
                    response: status.failureResponse, next: status.failureNextStep,
                    conditional: status.failureConditional), "EndConversation"
            ),
            (
                "timeout",
                .init(
                    response: status.timeoutResponse, next: status.timeoutNextStep,
                    conditional: status.timeoutConditional), "EndConversation"
            ),
        ]
        for (key, point, implied) in outcomes {
            if let outcome = flow.outcome(
                point, setting + ".postCodeHookSpecification.\(key)", implied: implied, messageOnly: true, &context)
            {
                entries.append((key, outcome))
            }
        }
        return entries.isEmpty ? .plain("true") : .mapping(entries)
    }

    /// An elicitation code hook, written where it differs from the bot format's default (called in
    /// intents whose dialog hook is on).
    func elicitationHook(_ hook: LexElicitationCodeHookInvocationSetting?) -> YAMLOutline? {
        let invoked = hook?.enableCodeHookInvocation ?? false
        if invoked, let label = hook?.invocationLabel, !label.isEmpty { return .mapping([("label", .text(label))]) }
        if invoked != usesDialogHook { return .plain(invoked ? "true" : "false") }
        return nil
    }

    var failureDefault: String { startFallback }
}
