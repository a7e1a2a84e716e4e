import LexModel

extension IntentImporter {
    /// A slot: type, requiredness, prompt, utterances, retries, defaults, multiple values and its
    /// capture, failure and hooks.
    func slot(_ slot: LexSlot, _ context: inout ImportContext) -> YAMLOutline {
        let slotEntity = LexEntity.slot(locale: locale, intent: intent.name, slot: slot.name)
        let slotFlow = ImportFlow(entity: slotEntity, intent: intent.name)
        let messages = ImportMessages(entity: slotEntity)
        let elicitation = slot.valueElicitationSetting
        var entries: [(String, YAMLOutline)] = [("type", .text(slot.slotTypeName))]
        if let description = slot.description, !description.isEmpty {
            entries.append(("description", .text(description)))
        }
        if elicitation.slotConstraint == .optional { entries.append(("required", .plain("false"))) }
        let prompt = messages.prompt(
            elicitation.promptSpecification, "valueElicitationSetting.promptSpecification", &context)
        if let prompt { entries.append(("prompt", prompt)) }
        let utterances = (elicitation.sampleUtterances ?? []).map(\.utterance)
        if !utterances.isEmpty { entries.append(("utterances", .list(utterances.map(YAMLOutline.text)))) }
        if let retries = elicitation.promptSpecification?.maxRetries, retries != 2 {
            entries.append(("retries", .plain("\(retries)")))
        }
        let capture = elicitation.slotCaptureSetting
        let hook = stepHook(capture?.codeHook, "slotCaptureSetting.codeHook", owner: slotEntity, &context)
        if let captured = slotFlow.outcome(
            .init(
                response: capture?.captureResponse, next: capture?.captureNextStep,
                conditional: capture?.captureConditional),
            "slotCaptureSetting.capture", implied: hook == nil ? nil : "InvokeDialogCodeHook", hookImplied: hook != nil,
            messageOnly: false, &context)
        {
            entries.append(("captured", captured))
        }
        let failurePoint = ImportFlow.Point(
            response: capture?.failureResponse, next: capture?.failureNextStep, conditional: capture?.failureConditional
        )
        let failureWritten = prompt == nil && capture?.failureNextStep?.dialogAction != nil
        if let failure = slotFlow.outcome(
            failurePoint, "slotCaptureSetting.failure", implied: failureDefault, messageOnly: true,
            required: failureWritten,
            &context)
        {
            entries.append(("failure", failure))
        }
        if let hook { entries.append(("hook", hook)) }
        let hasCapture = prompt != nil || entries.contains { ["captured", "failure", "hook"].contains($0.0) }
        if let elicitationHook = slotElicitationHook(capture?.elicitationCodeHook, hasCapture: hasCapture) {
            entries.append(("elicitationHook", elicitationHook))
        }
        let defaults = (elicitation.defaultValueSpecification?.defaultValueList ?? []).map(\.defaultValue)
        if !defaults.isEmpty { entries.append(("default", .list(defaults.map(YAMLOutline.text)))) }
        if slot.multipleValuesSetting?.allowMultipleValues == true {
            entries.append(("multipleValues", .plain("true")))
        }
        unsupported(slot, slotEntity, &context)
        return .mapping(entries)
    }

    /// A slot's elicitation hook where the compiler would not give the same: it adds the default
    /// (called, in an intent with the dialog hook) only to slots with a capture setting.
    private func slotElicitationHook(_ hook: LexElicitationCodeHookInvocationSetting?, hasCapture: Bool)
        -> YAMLOutline?
    {
        let invoked = hook?.enableCodeHookInvocation ?? false
        if invoked, let label = hook?.invocationLabel, !label.isEmpty { return .mapping([("label", .text(label))]) }
        let compiledDefault = usesDialogHook && hasCapture
        return invoked == compiledDefault ? nil : .plain(invoked ? "true" : "false")
    }

    private func unsupported(_ slot: LexSlot, _ slotEntity: LexEntity, _ context: inout ImportContext) {
        let elicitation = slot.valueElicitationSetting
        if slot.obfuscationSetting?.obfuscationSettingType == .defaultObfuscation {
            context.lose(
                slotEntity, "obfuscationSetting", "DefaultObfuscation; the bot format has no obfuscation setting")
        }
        if elicitation.waitAndContinueSpecification?.isActive ?? (elicitation.waitAndContinueSpecification != nil) {
            context.lose(
                slotEntity, "valueElicitationSetting.waitAndContinueSpecification",
                "wait-and-continue is not in the bot format")
        }
        if elicitation.slotResolutionSetting != nil {
            context.lose(
                slotEntity, "valueElicitationSetting.slotResolutionSetting", "not expressible; it is not imported")
        }
        if slot.subSlotSetting != nil {
            context.lose(slotEntity, "subSlotSetting", "composite slots are not in the bot format")
        }
    }

    /// The confirmation: prompt, retries, its outcomes and hooks.
    func confirmation(_ setting: LexIntentConfirmationSetting, _ context: inout ImportContext) -> YAMLOutline {
        let messages = ImportMessages(entity: .intent(locale: locale, intent: intent.name))
        let flow = ImportFlow(entity: .intent(locale: locale, intent: intent.name), intent: intent.name)
        var entries: [(String, YAMLOutline)] = []
        let prompt = messages.prompt(
            setting.promptSpecification, "intentConfirmationSetting.promptSpecification", &context)
        entries.append(("prompt", prompt ?? .text("")))
        if setting.promptSpecification.maxRetries != 2 {
            entries.append(("retries", .plain("\(setting.promptSpecification.maxRetries)")))
        }
        let hook = stepHook(setting.codeHook, "intentConfirmationSetting.codeHook", &context)
        let points: [(String, ImportFlow.Point, String?, Bool)] = [
            (
                "confirmed",
                .init(
                    response: setting.confirmationResponse, next: setting.confirmationNextStep,
                    conditional: setting.confirmationConditional), hook == nil ? nil : "InvokeDialogCodeHook", false
            ),
            (
                "declined",
                .init(
                    response: setting.declinationResponse, next: setting.declinationNextStep,
                    conditional: setting.declinationConditional), "EndConversation", true
            ),
            (
                "failure",
                .init(
                    response: setting.failureResponse, next: setting.failureNextStep,
                    conditional: setting.failureConditional), failureDefault, true
            ),
        ]
        let keys = ["confirmed": "confirmation", "declined": "declination", "failure": "failure"]
        for (key, point, implied, messageOnly) in points {
            if let outcome = flow.outcome(
                point, "intentConfirmationSetting.\(keys[key] ?? key)", implied: implied,
                hookImplied: key == "confirmed" && hook != nil, messageOnly: messageOnly, &context)
            {
                entries.append((key, outcome))
            }
        }
        if let hook { entries.append(("hook", hook)) }
        if let elicitationHook = elicitationHook(setting.elicitationCodeHook) {
            entries.append(("elicitationHook", elicitationHook))
        }
        return .mapping(entries)
    }

    /// `fulfillment:`, written when its outcomes differ from the defaults (or must exist although
    /// they do not: a fulfillment step without the hook).
    func fulfillment(_ lex: LexIntent, _ context: inout ImportContext) -> YAMLOutline? {
        guard let hook = lex.fulfillmentCodeHook else { return nil }
        let enabled = hook.enabled && (hook.isActive ?? true)
        let status = hook.postFulfillmentStatusSpecification
        let success = closes(lex) ? "CloseIntent" : "EndConversation"
        let outcomes: [(String, ImportFlow.Point, String)] = [
            (
                "success",
                .init(
                    response: status?.successResponse, next: status?.successNextStep,
                    conditional: status?.successConditional), success
            ),
            (
                "failure",
                .init(
                    response: status?.failureResponse, next: status?.failureNextStep,
                    conditional: status?.failureConditional), "EndConversation"
            ),
            (
                "timeout",
                .init(
                    response: status?.timeoutResponse, next: status?.timeoutNextStep,
                    conditional: status?.timeoutConditional), "EndConversation"
            ),
        ]
        var entries: [(String, YAMLOutline)] = []
        for (key, point, implied) in outcomes {
            if let outcome = flow.outcome(
                point, "fulfillmentCodeHook.postFulfillmentStatusSpecification.\(key)", implied: implied,
                messageOnly: true, &context)
            {
                entries.append((key, outcome))
            }
        }
        if !entries.isEmpty { return .mapping(entries) }
        return !enabled && status.map(Self.saysOrDoesAnything) == true ? .mapping([]) : nil
    }

    /// `closing:`, when the closing is active and says or does anything.
    func closing(_ lex: LexIntent, _ context: inout ImportContext) -> YAMLOutline? {
        guard closes(lex), let setting = lex.intentClosingSetting else { return nil }
        return flow.outcome(
            .init(response: setting.closingResponse, next: setting.nextStep, conditional: setting.conditional),
            "intentClosingSetting.closing", implied: "EndConversation", messageOnly: true, required: true, &context)
    }

    /// Whether the intent has an active closing that says or does anything.
    func closes(_ lex: LexIntent) -> Bool {
        guard let setting = lex.intentClosingSetting, setting.isActive ?? true else { return false }
        let says = !(setting.closingResponse?.messageGroupsList.isEmpty ?? true)
        return says || setting.nextStep?.dialogAction != nil || (setting.conditional?.isActive ?? false)
    }

    private static func saysOrDoesAnything(_ status: LexPostFulfillmentStatusSpecification) -> Bool {
        let responses = [status.successResponse, status.failureResponse, status.timeoutResponse]
        let steps = [status.successNextStep, status.failureNextStep, status.timeoutNextStep]
        let conditionals = [status.successConditional, status.failureConditional, status.timeoutConditional]
        return responses.contains { !($0?.messageGroupsList.isEmpty ?? true) }
            || steps.contains { $0?.dialogAction != nil } || conditionals.contains { $0?.isActive ?? false }
    }
}
