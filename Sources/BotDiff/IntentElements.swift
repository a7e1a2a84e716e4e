import LexModel

/// The elements of one intent: the intent, its utterances, contexts and hooks, its slots, its
/// confirmation and every point of its conversation flow.
struct IntentElements {
    let intent: LexIntentExport
    let locale: String
    /// The locale's fallback intent, the default target of a failure.
    let fallbackIntent: String?
    private var name: String { intent.name }
    private var label: String { "intent '\(intent.name)'" }

    init(intent: LexIntentExport, locale: String, fallbackIntent: String?) {
        self.intent = intent
        self.locale = locale
        self.fallbackIntent = fallbackIntent
    }

    mutating func collect(into collector: inout ElementCollector) {
        let lex = intent.intent
        let path = ElementPath.intent(name)
        collector.add(
            .intent, locale, path, label,
            BotElementText.join([
                lex.parentIntentSignature.map { "parent \($0)" }, lex.description.map { "description \"\($0)\"" },
            ]), .intent(name))
        for utterance in lex.sampleUtterances ?? [] {
            collector.add(
                .utterance, locale, path + ["utterance", utterance.utterance],
                "utterance \"\(utterance.utterance)\" of \(label)", "",
                .utterance(intent: name, slot: nil, text: utterance.utterance))
        }
        contexts(lex, path: path, into: &collector)
        if lex.dialogCodeHook?.enabled == true {
            collector.add(
                .hook, locale, path + ["dialogHook"], "the dialog code hook of \(label)", "enabled",
                .hook(intent: name, fulfillment: false))
        }
        if let initial = lex.initialResponseSetting {
            var flow = FlowElements(owner: self, step: path + ["initialResponse"], exercise: .intent(name))
            flow.point(
                "initialResponse", "the initial response of \(label)", initial.initialResponse, initial.nextStep,
                initial.conditional, defaultNext: nil, into: &collector)
            flow.stepHook(initial.codeHook, of: "the initial response of \(label)", into: &collector)
        }
        for (rank, slot) in intent.slotsByPriority.enumerated() {
            self.slot(slot, rank: rank + 1, into: &collector)
        }
        if let confirmation = lex.intentConfirmationSetting, confirmation.isActive ?? true {
            self.confirmation(confirmation, into: &collector)
        }
        fulfillment(lex, into: &collector)
        closing(lex, into: &collector)
    }

    private func contexts(_ lex: LexIntent, path: [String], into collector: inout ElementCollector) {
        let inputs = (lex.inputContexts ?? []).map(\.name)
        if !inputs.isEmpty {
            collector.add(
                .setting, locale, path + ["inputContexts"], "the input contexts of \(label)",
                inputs.joined(separator: ", "), .intent(name))
        }
        let outputs = (lex.outputContexts ?? []).map {
            "\($0.name) (\($0.turnsToLive) turns, \($0.timeToLiveInSeconds) s)"
        }
        if !outputs.isEmpty {
            collector.add(
                .setting, locale, path + ["outputContexts"], "the output contexts of \(label)",
                outputs.joined(separator: ", "), .intent(name))
        }
    }

    private func slot(_ slot: LexSlot, rank: Int, into collector: inout ElementCollector) {
        let slotName = slot.name
        let path = ElementPath.intent(name) + ["slot", slotName]
        let slotLabel = "slot '\(slotName)' of \(label)"
        let exercise = BotExercise.slot(intent: name, slot: slotName)
        let elicitation = slot.valueElicitationSetting
        let prompt = elicitation.promptSpecification
        let defaults = (elicitation.defaultValueSpecification?.defaultValueList ?? []).map(\.defaultValue)
        collector.add(
            .slot, locale, path, slotLabel,
            BotElementText.join([
                "type \(slot.slotTypeName)", elicitation.slotConstraint == .required ? "required" : "optional",
                "priority \(rank)", prompt.map { "retries \($0.maxRetries)" },
                slot.multipleValuesSetting?.allowMultipleValues == true ? "multiple values" : nil,
                defaults.isEmpty ? nil : "defaults " + defaults.map { "\"\($0)\"" }.joined(separator: ", "),
                slot.description.map { "description \"\($0)\"" },
            ]), exercise)
        for utterance in elicitation.sampleUtterances ?? [] {
            collector.add(
                .utterance, locale, path + ["utterance", utterance.utterance],
                "utterance \"\(utterance.utterance)\" of \(slotLabel)", "",
                .utterance(intent: name, slot: slotName, text: utterance.utterance))
        }
        if let text = BotElementText.messages(prompt?.messageGroupsList).nonEmpty {
            collector.add(
                .message, locale, path + ["prompt"], "the prompt of \(slotLabel)", text,
                .message(intent: name, role: .slotPrompt(slotName)))
        }
        let capture = elicitation.slotCaptureSetting
        elicitationHook(capture?.elicitationCodeHook, path: path, of: slotLabel, exercise: exercise, into: &collector)
        var flow = FlowElements(owner: self, step: path, exercise: exercise)
        flow.point(
            "captured", "the capture of \(slotLabel)", capture?.captureResponse, capture?.captureNextStep,
            capture?.captureConditional, defaultNext: nil, into: &collector)
        let hasFailurePoint = capture != nil || prompt != nil
        flow.point(
            "failure", "the failure of \(slotLabel)", capture?.failureResponse, capture?.failureNextStep,
            capture?.failureConditional, defaultNext: hasFailurePoint ? startFallback : nil, into: &collector,
            responseExercise: .message(intent: name, role: .slotFailure(slotName)))
        flow.stepHook(capture?.codeHook, of: slotLabel, into: &collector)
    }

    private func confirmation(_ setting: LexIntentConfirmationSetting, into collector: inout ElementCollector) {
        let path = ElementPath.intent(name) + ["confirmation"]
        let confirmationLabel = "the confirmation of \(label)"
        let exercise = BotExercise.confirmation(name)
        collector.add(
            .confirmation, locale, path, confirmationLabel, "retries \(setting.promptSpecification.maxRetries)",
            exercise)
        if let text = BotElementText.messages(setting.promptSpecification.messageGroupsList).nonEmpty {
            collector.add(
                .message, locale, path + ["prompt"], "the prompt of \(confirmationLabel)", text,
                .message(intent: name, role: .confirmationPrompt))
        }
        elicitationHook(
            setting.elicitationCodeHook, path: path, of: confirmationLabel, exercise: exercise, into: &collector)
        var flow = FlowElements(owner: self, step: path, exercise: exercise)
        flow.point(
            "confirmed", "the confirmed answer of \(label)", setting.confirmationResponse, setting.confirmationNextStep,
            setting.confirmationConditional, defaultNext: nil, into: &collector)
        flow.point(
            "declined", "the declined answer of \(label)", setting.declinationResponse, setting.declinationNextStep,
            setting.declinationConditional, defaultNext: "EndConversation", into: &collector,
            responseExercise: .message(intent: name, role: .declination))
        flow.point(
            "failure", "the failure of \(confirmationLabel)", setting.failureResponse, setting.failureNextStep,
            setting.failureConditional, defaultNext: startFallback, into: &collector,
            responseExercise: .message(intent: name, role: .confirmationFailure))
        flow.stepHook(setting.codeHook, of: confirmationLabel, into: &collector)
    }

    private func fulfillment(_ lex: LexIntent, into collector: inout ElementCollector) {
        guard let hook = lex.fulfillmentCodeHook else { return }
        let path = ElementPath.intent(name)
        let enabled = hook.enabled && (hook.isActive ?? true)
        if enabled {
            collector.add(
                .hook, locale, path + ["fulfillmentHook"], "the fulfillment code hook of \(label)", "enabled",
                .hook(intent: name, fulfillment: true))
        }
        let status = hook.postFulfillmentStatusSpecification
        guard enabled || !(status.map(FlowElements.isEmpty) ?? true) else { return }
        let closes = lex.intentClosingSetting.map { ($0.isActive ?? true) && ClosingCheck.hasContent($0) } ?? false
        var flow = FlowElements(owner: self, step: path + ["fulfillment"], exercise: .fulfillment(name))
        flow.outcomes(
            status, of: "the fulfillment of \(label)", successDefault: closes ? "CloseIntent" : "EndConversation",
            into: &collector)
    }

    private func closing(_ lex: LexIntent, into collector: inout ElementCollector) {
        guard let setting = lex.intentClosingSetting, setting.isActive ?? true, ClosingCheck.hasContent(setting) else {
            return
        }
        var flow = FlowElements(owner: self, step: ElementPath.intent(name), exercise: .closing(name))
        flow.point(
            "closing", "the closing of \(label)", setting.closingResponse, setting.nextStep, setting.conditional,
            defaultNext: "EndConversation", into: &collector,
            responseExercise: .message(intent: name, role: .closing))
    }

    private func elicitationHook(
        _ hook: LexElicitationCodeHookInvocationSetting?, path: [String], of owner: String, exercise: BotExercise,
        into collector: inout ElementCollector
    ) {
        guard let hook, hook.enableCodeHookInvocation else { return }
        collector.add(
            .hook, locale, path + ["elicitationHook"], "the elicitation code hook of \(owner)",
            hook.invocationLabel.map { "label \($0)" } ?? "called", exercise)
    }

    /// `StartIntent <fallback>`, the default after a failure.
    var startFallback: String { "StartIntent " + (fallbackIntent ?? "(no intent)") }
}

/// Whether a closing setting says or does anything.
enum ClosingCheck {
    static func hasContent(_ setting: LexIntentClosingSetting) -> Bool {
        BotElementText.response(setting.closingResponse) != nil || setting.nextStep?.dialogAction != nil
            || (setting.conditional?.isActive ?? false)
    }
}

extension String {
    /// The text, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
