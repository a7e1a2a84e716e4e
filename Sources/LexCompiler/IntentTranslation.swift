import BotModel
import LexModel
import MeetyDiagnostics

/// Translates one intent and its slots.
///
/// Intents with `dialogHook: true` also get the console's elicitation code hook on every slot and
/// on the confirmation, so the hook sees every answer, including ones that do not resolve
/// (DESIGN §5). With `fulfillmentHook: true` the fulfillment step goes to the closing response on
/// success (or ends the conversation when there is none) and ends the conversation on failure or
/// timeout, the console's defaults.
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
        let slots = intent.slots.map { slot in
            self.slot(slot, identifier: identifiers.identifier(for: "\(path)/Slots/\(slot.name.value)"))
        }
        let lexIntent = LexIntent(
            name: name,
            identifier: identifier,
            description: intent.description?.value,
            parentIntentSignature: intent.parent?.value,
            sampleUtterances: Self.utterances(intent.utterances),
            intentConfirmationSetting: confirmation(),
            intentClosingSetting: closing(),
            dialogCodeHook: intent.usesDialogHook ? LexDialogCodeHookSetting(enabled: true) : nil,
            fulfillmentCodeHook: fulfillment(),
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

    private var elicitationHook: LexElicitationCodeHookInvocationSetting? {
        intent.usesDialogHook ? LexElicitationCodeHookInvocationSetting(enableCodeHookInvocation: true) : nil
    }

    private func slot(_ slot: SlotDefinition, identifier: String) -> LexSlot {
        let prompt = LexFlowDefaults.prompt(slot.prompt, maxRetries: slot.maxRetries)
        let capture = prompt.map { _ in
            LexSlotCaptureSetting(
                failureResponse: LexFlowDefaults.response(slot.failure),
                failureNextStep: LexFlowDefaults.startIntent(fallbackIntent),
                elicitationCodeHook: elicitationHook
            )
        }
        return LexSlot(
            name: slot.name.value,
            identifier: identifier,
            description: slot.description?.value,
            slotTypeName: slot.type.value,
            valueElicitationSetting: LexSlotValueElicitationSetting(
                slotConstraint: slot.isRequired ? .required : .optional,
                promptSpecification: prompt,
                sampleUtterances: Self.utterances(slot.utterances),
                slotCaptureSetting: capture
            )
        )
    }

    private func confirmation() -> LexIntentConfirmationSetting? {
        guard let confirmation = intent.confirmation,
            let prompt = LexFlowDefaults.prompt(
                confirmation.prompt,
                maxRetries: confirmation.retries?.value ?? SlotDefinition.defaultRetries
            )
        else { return nil }
        return LexIntentConfirmationSetting(
            promptSpecification: prompt,
            isActive: true,
            declinationResponse: LexFlowDefaults.response(confirmation.declined),
            failureResponse: LexFlowDefaults.response(confirmation.failure),
            declinationNextStep: LexFlowDefaults.step(.endConversation),
            failureNextStep: LexFlowDefaults.startIntent(fallbackIntent),
            elicitationCodeHook: elicitationHook
        )
    }

    private func closing() -> LexIntentClosingSetting? {
        guard let response = LexFlowDefaults.response(intent.closing) else { return nil }
        return LexIntentClosingSetting(
            isActive: true,
            closingResponse: response,
            nextStep: LexFlowDefaults.step(.endConversation)
        )
    }

    private func fulfillment() -> LexFulfillmentCodeHookSetting? {
        guard intent.usesFulfillmentHook else { return nil }
        let hasClosing = LexFlowDefaults.response(intent.closing) != nil
        return LexFulfillmentCodeHookSetting(
            enabled: true,
            isActive: true,
            postFulfillmentStatusSpecification: LexPostFulfillmentStatusSpecification(
                successNextStep: LexFlowDefaults.step(hasClosing ? .closeIntent : .endConversation),
                failureNextStep: LexFlowDefaults.step(.endConversation),
                timeoutNextStep: LexFlowDefaults.step(.endConversation)
            )
        )
    }
}
