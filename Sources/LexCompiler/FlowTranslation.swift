import BotModel
import LexModel

/// Translates an intent's flow points (`IntentDefinition.flowPoints`) into the Lex shapes the
/// console writes: responses, next steps (`DialogState`), conditionals and step code hooks.
///
/// Next steps follow the console's exports: `dialogAction` with `slotToElicit` and
/// `suppressNextMessage` (`null` unless set), `intent` naming the started or elicited intent, or
/// the current intent when slot values are set in it (as in the reminderbot export), with
/// `slots` only when values are set, and `sessionAttributes` only when attributes are set. A slot
/// value is `{shape: null, value: {interpretedValue}, values: null}` (a cleared slot has a `null`
/// interpreted value, exactly as the console writes a reset), a list
/// `{shape: "List", value: null, values: [{shape: "Scalar", value: ...}]}`.
struct FlowTranslation {
    /// The intent's flow points.
    let points: [FlowPoint]
    /// The intent's name, for next steps that set its slots.
    let intentName: String

    /// The point of `kind`, if the intent has it.
    func point(_ kind: FlowPoint.Kind) -> FlowPoint? { points.first { $0.kind == kind } }

    /// The response said at `kind`.
    func response(_ kind: FlowPoint.Kind) -> LexResponseSpecification? {
        LexFlowDefaults.response(point(kind)?.message)
    }

    /// The next step at `kind` (`null` when Lex follows its default path).
    func nextStep(_ kind: FlowPoint.Kind) -> LexDialogState? {
        point(kind)?.next.map(state)
    }

    /// The conditional at `kind`, when branches are written there.
    func conditional(_ kind: FlowPoint.Kind) -> LexConditionalSpecification? {
        guard let flow = point(kind)?.flow, !flow.branches.isEmpty else { return nil }
        return LexConditionalSpecification(
            isActive: true,
            conditionalBranches: flow.branches.map { branch in
                LexConditionalBranch(
                    name: branch.name.value,
                    condition: LexCondition(expressionString: branch.condition.text.value),
                    nextStep: state(.written(branch.next)),
                    response: LexFlowDefaults.response(branch.message))
            },
            defaultBranch: LexDefaultConditionalBranch(
                nextStep: flow.otherwise?.next.map { state(.written($0)) },
                response: LexFlowDefaults.response(flow.otherwise?.message)))
    }

    /// What follows a code hook or fulfillment: one response, next step and conditional per outcome.
    func outcomes(success: FlowPoint.Kind, failure: FlowPoint.Kind, timeout: FlowPoint.Kind)
        -> LexPostFulfillmentStatusSpecification
    {
        LexPostFulfillmentStatusSpecification(
            successResponse: response(success),
            failureResponse: response(failure),
            timeoutResponse: response(timeout),
            successNextStep: nextStep(success),
            failureNextStep: nextStep(failure),
            timeoutNextStep: nextStep(timeout),
            successConditional: conditional(success),
            failureConditional: conditional(failure),
            timeoutConditional: conditional(timeout))
    }

    /// The step code hook of `owner`: on, called unless `invoke: false`, with its label and outcomes.
    func codeHook(_ hook: StepHookDefinition?, owner: HookOwner) -> LexDialogCodeHookInvocationSetting? {
        guard let hook else { return nil }
        return LexDialogCodeHookInvocationSetting(
            isActive: true,
            enableCodeHookInvocation: hook.invokes,
            postCodeHookSpecification: outcomes(
                success: .hookSucceeded(owner), failure: .hookFailed(owner), timeout: .hookTimedOut(owner)),
            invocationLabel: hook.label?.value)
    }

    /// A next step as a `DialogState`.
    func state(_ next: EffectiveNextStep) -> LexDialogState {
        switch next {
        case .implied(.startIntent, let intent?):
            return LexFlowDefaults.startIntent(intent)
        case .implied(let action, _):
            return LexFlowDefaults.step(Self.type(action))
        case .written(let step):
            let slots =
                step.slotsToSet.isEmpty
                ? nil
                : Dictionary(
                    step.slotsToSet.map { ($0.name.value, Self.override($0.value)) }, uniquingKeysWith: { $1 })
            let named = step.intent?.value ?? (slots == nil ? nil : intentName)
            let attributes =
                step.sessionAttributes.isEmpty
                ? nil
                : Dictionary(
                    step.sessionAttributes.map { ($0.name.value, $0.value.value) }, uniquingKeysWith: { $1 })
            return LexDialogState(
                dialogAction: LexDialogAction(
                    type: Self.type(step.action.value), slotToElicit: step.slot?.value,
                    suppressNextMessage: step.suppressNextMessage?.value),
                intent: named.map { LexIntentOverride(name: $0, slots: slots) },
                sessionAttributes: attributes)
        }
    }

    private static func override(_ value: SlotAssignmentValue) -> LexSlotValueOverride {
        switch value {
        case .clear:
            return LexSlotValueOverride(value: LexSlotValue(interpretedValue: nil))
        case .value(let text):
            return LexSlotValueOverride(value: LexSlotValue(interpretedValue: text.value))
        case .values(let texts):
            return LexSlotValueOverride(
                shape: .list,
                values: texts.map {
                    LexSlotValueOverride(shape: .scalar, value: LexSlotValue(interpretedValue: $0.value))
                }
            )
        }
    }

    /// The Lex dialog action type of a flow action (the same names).
    static func type(_ action: FlowAction) -> LexDialogActionType {
        switch action {
        case .elicitSlot: .elicitSlot
        case .startIntent: .startIntent
        case .confirmIntent: .confirmIntent
        case .fulfillIntent: .fulfillIntent
        case .closeIntent: .closeIntent
        case .evaluateConditional: .evaluateConditional
        case .invokeDialogCodeHook: .invokeDialogCodeHook
        case .elicitIntent: .elicitIntent
        case .endConversation: .endConversation
        }
    }
}
