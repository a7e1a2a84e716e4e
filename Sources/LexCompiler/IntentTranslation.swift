import BotModel
import LexModel
import MeetyDiagnostics

/// Translates one intent and its slots.
///
/// Intents with `dialogHook: true` also get the console's elicitation code hook on every slot and
/// on the confirmation, so the hook sees every answer, including ones that do not resolve
/// (DESIGN §5). With `fulfillmentHook: true` the fulfillment step goes to the closing response on
/// success (or ends the conversation when there is none) and ends the conversation on failure or
/// timeout, the console's defaults. The conversation flow (responses, next steps, branches, step
/// hooks) comes from the intent's flow points through `FlowTranslation`, so the compiled next
/// steps are the ones validation checked.
struct IntentTranslation {
    let intent: IntentDefinition
    /// The name of the locale's fallback intent, the target of failure next steps.
    let fallbackIntent: String
    /// `<Bot>/BotLocales/<locale>/Intents`, the base of identifier paths.
    let folder: String

    func export(identifiers: inout LexIdentifiers) -> LexIntentExport {
        let name = intent.name.value
        let path = "\(folder)/\(name)"
        let identifier = intent.isFallback ? LexIdentifiers.fallbackIdentifier : identifiers.identifier(for: path)
        let flow = FlowTranslation(points: intent.flowPoints(fallbackIntent: fallbackIntent), intentName: name)
        let slots = intent.slots.map { slot in
            self.slot(slot, flow: flow, identifier: identifiers.identifier(for: "\(path)/Slots/\(slot.name.value)"))
        }
        let lexIntent = LexIntent(
            name: name,
            identifier: identifier,
            description: intent.description?.value,
            parentIntentSignature: intent.parent?.value,
            sampleUtterances: Self.utterances(intent.utterances),
            intentConfirmationSetting: confirmation(flow),
            intentClosingSetting: closing(flow),
            initialResponseSetting: initialResponse(flow),
            inputContexts: intent.inputContexts.isEmpty
                ? nil : intent.inputContexts.map { LexInputContext(name: $0.value) },
            outputContexts: intent.outputContexts.isEmpty
                ? nil
                : intent.outputContexts.map {
                    LexOutputContext(
                        name: $0.name.value, timeToLiveInSeconds: $0.timeToLive.value, turnsToLive: $0.turns.value)
                },
            dialogCodeHook: intent.usesDialogHook ? LexDialogCodeHookSetting(enabled: true) : nil,
            fulfillmentCodeHook: fulfillment(flow),
            slotPriorities: intent.slots.enumerated().map { index, slot in
                LexSlotPriority(priority: index + 1, slotName: slot.name.value)
            }
        )
        return LexIntentExport(intent: lexIntent, slots: slots)
    }

    /// Sample utterances as written, or `null` when there are none.
    static func utterances(_ utterances: [Located<String>]) -> [LexSampleUtterance]? {
        utterances.isEmpty ? nil : utterances.map { LexSampleUtterance(utterance: $0.value) }
    }

    /// The elicitation code hook of a slot or the confirmation: as written, else the console's
    /// `{enableCodeHookInvocation: true}` when the intent enables its dialog hook.
    private func elicitationHook(_ written: ElicitationHookDefinition?) -> LexElicitationCodeHookInvocationSetting? {
        if let written {
            return LexElicitationCodeHookInvocationSetting(
                enableCodeHookInvocation: written.invoke.value, invocationLabel: written.label?.value)
        }
        return intent.usesDialogHook ? LexElicitationCodeHookInvocationSetting(enableCodeHookInvocation: true) : nil
    }

    private func slot(_ slot: SlotDefinition, flow: FlowTranslation, identifier: String) -> LexSlot {
        let prompt = LexFlowDefaults.prompt(slot.prompt, maxRetries: slot.maxRetries)
        let name = slot.name.value
        let capture =
            slot.hasCaptureSetting
            ? LexSlotCaptureSetting(
                captureResponse: flow.response(.slotCaptured(name)),
                captureNextStep: flow.nextStep(.slotCaptured(name)),
                captureConditional: flow.conditional(.slotCaptured(name)),
                failureResponse: flow.response(.slotFailed(name)),
                failureNextStep: flow.nextStep(.slotFailed(name)),
                failureConditional: flow.conditional(.slotFailed(name)),
                codeHook: flow.codeHook(slot.hook, owner: .slot(name)),
                elicitationCodeHook: elicitationHook(slot.elicitationHook)
            ) : nil
        let defaults = slot.defaultValues.map { LexDefaultValue(defaultValue: $0.value) }
        return LexSlot(
            name: name,
            identifier: identifier,
            description: slot.description?.value,
            slotTypeName: slot.type.value,
            valueElicitationSetting: LexSlotValueElicitationSetting(
                slotConstraint: slot.isRequired ? .required : .optional,
                promptSpecification: prompt,
                sampleUtterances: Self.utterances(slot.utterances),
                defaultValueSpecification: defaults.isEmpty
                    ? nil : LexDefaultValueSpecification(defaultValueList: defaults),
                slotCaptureSetting: capture
            ),
            multipleValuesSetting: slot.isMultiValued ? LexMultipleValuesSetting(allowMultipleValues: true) : nil
        )
    }

    private func initialResponse(_ flow: FlowTranslation) -> LexInitialResponseSetting? {
        guard let initial = intent.initialResponse else { return nil }
        return LexInitialResponseSetting(
            initialResponse: flow.response(.initialResponse),
            nextStep: flow.nextStep(.initialResponse),
            conditional: flow.conditional(.initialResponse),
            codeHook: flow.codeHook(initial.hook, owner: .initialResponse)
        )
    }

    private func confirmation(_ flow: FlowTranslation) -> LexIntentConfirmationSetting? {
        guard let confirmation = intent.confirmation,
            let prompt = LexFlowDefaults.prompt(
                confirmation.prompt,
                maxRetries: confirmation.retries?.value ?? SlotDefinition.defaultRetries
            )
        else { return nil }
        return LexIntentConfirmationSetting(
            promptSpecification: prompt,
            isActive: true,
            declinationResponse: flow.response(.declined),
            confirmationResponse: flow.response(.confirmed),
            failureResponse: flow.response(.confirmationFailed),
            confirmationNextStep: flow.nextStep(.confirmed),
            declinationNextStep: flow.nextStep(.declined),
            failureNextStep: flow.nextStep(.confirmationFailed),
            confirmationConditional: flow.conditional(.confirmed),
            declinationConditional: flow.conditional(.declined),
            failureConditional: flow.conditional(.confirmationFailed),
            codeHook: flow.codeHook(confirmation.hook, owner: .confirmation),
            elicitationCodeHook: elicitationHook(confirmation.elicitationHook)
        )
    }

    private func closing(_ flow: FlowTranslation) -> LexIntentClosingSetting? {
        guard intent.hasClosingSetting else { return nil }
        return LexIntentClosingSetting(
            isActive: true,
            closingResponse: flow.response(.closing),
            nextStep: flow.nextStep(.closing),
            conditional: flow.conditional(.closing)
        )
    }

    private func fulfillment(_ flow: FlowTranslation) -> LexFulfillmentCodeHookSetting? {
        guard intent.hasFulfillmentSetting else { return nil }
        return LexFulfillmentCodeHookSetting(
            enabled: intent.usesFulfillmentHook,
            isActive: true,
            postFulfillmentStatusSpecification: flow.outcomes(
                success: .fulfilled, failure: .fulfillmentFailed, timeout: .fulfillmentTimedOut)
        )
    }
}
