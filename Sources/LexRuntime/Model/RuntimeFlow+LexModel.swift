import LexConditions
import LexModel

/// Reading the conversation-flow settings of an export into the runtime model.
///
/// Each step gets its coverage name here, once per bot, from where it sits in the intent
/// (`Intent.initial`, `Intent.slot.Slot.capture`, `Intent.confirmation.decline`,
/// `Intent.fulfillment.success`, `Intent.closing`, `... .hook.failure` after a code hook), so a
/// turn only copies names into its trace.
extension RuntimeIntentFlow {
    /// The flow of one exported intent.
    init(export intent: LexIntent) {
        let name = intent.name
        let initial = intent.initialResponseSetting
        var fulfillment: RuntimeFulfillmentFlow?
        if let post = intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification {
            fulfillment = RuntimeFulfillmentFlow(post: post, at: "\(name).fulfillment")
        }
        self.init(
            initialResponse: MessageGroupSpec.groups(initial?.initialResponse?.messageGroupsList),
            initial: FlowPath(next: initial?.nextStep, conditional: initial?.conditional, at: "\(name).initial"),
            initialCodeHook: initial?.codeHook.map { FlowCodeHook(export: $0, at: "\(name).initial") },
            fulfillment: fulfillment,
            closing: FlowPath(
                next: intent.intentClosingSetting?.nextStep, conditional: intent.intentClosingSetting?.conditional,
                at: "\(name).closing"),
            inputContexts: (intent.inputContexts ?? []).map(\.name),
            outputContexts: (intent.outputContexts ?? []).map {
                RuntimeOutputContext(
                    name: $0.name, timeToLiveInSeconds: $0.timeToLiveInSeconds, turnsToLive: $0.turnsToLive)
            }
        )
    }
}

extension RuntimeFulfillmentFlow {
    /// The outcomes of a post-fulfillment (or post-code-hook) specification.
    init(post: LexPostFulfillmentStatusSpecification, at location: String) {
        self.init(
            success: FlowOutcome(
                response: MessageGroupSpec.groups(post.successResponse?.messageGroupsList),
                path: FlowPath(
                    next: post.successNextStep, conditional: post.successConditional, at: "\(location).success")
            ),
            failure: FlowOutcome(
                response: MessageGroupSpec.groups(post.failureResponse?.messageGroupsList),
                path: FlowPath(
                    next: post.failureNextStep, conditional: post.failureConditional, at: "\(location).failure")
            ),
            timeout: FlowOutcome(
                response: MessageGroupSpec.groups(post.timeoutResponse?.messageGroupsList),
                path: FlowPath(
                    next: post.timeoutNextStep, conditional: post.timeoutConditional, at: "\(location).timeout")
            )
        )
    }
}

extension RuntimeSlotFlow {
    /// The flow of one exported slot of `intent`.
    init(export slot: LexSlot, intent: String) {
        let elicitation = slot.valueElicitationSetting
        let capture = elicitation.slotCaptureSetting
        let location = "\(intent).slot.\(slot.name)"
        self.init(
            captureResponse: MessageGroupSpec.groups(capture?.captureResponse?.messageGroupsList),
            onCapture: FlowPath(
                next: capture?.captureNextStep, conditional: capture?.captureConditional, at: "\(location).capture"),
            onFailure: FlowPath(
                next: capture?.failureNextStep, conditional: capture?.failureConditional, at: "\(location).failure"),
            codeHook: capture?.codeHook.map { FlowCodeHook(export: $0, at: location) },
            elicitationHook: capture?.elicitationCodeHook.map { FlowElicitationHook(export: $0, at: location) },
            defaultValues: (elicitation.defaultValueSpecification?.defaultValueList ?? []).map(\.defaultValue),
            allowsMultipleValues: slot.multipleValuesSetting?.allowMultipleValues ?? false
        )
    }
}

extension RuntimeConfirmationFlow {
    /// The flow of an exported confirmation of `intent`.
    init(export setting: LexIntentConfirmationSetting, intent: String) {
        let location = "\(intent).confirmation"
        self.init(
            confirmationResponse: MessageGroupSpec.groups(setting.confirmationResponse?.messageGroupsList),
            onConfirm: FlowPath(
                next: setting.confirmationNextStep, conditional: setting.confirmationConditional,
                at: "\(location).confirm"),
            onDecline: FlowPath(
                next: setting.declinationNextStep, conditional: setting.declinationConditional,
                at: "\(location).decline"),
            onFailure: FlowPath(
                next: setting.failureNextStep, conditional: setting.failureConditional, at: "\(location).failure"),
            codeHook: setting.codeHook.map { FlowCodeHook(export: $0, at: location) },
            elicitationHook: setting.elicitationCodeHook.map { FlowElicitationHook(export: $0, at: location) }
        )
    }
}

extension FlowPath {
    /// A next step and its sibling conditional at `location`. A next step with no dialog action and
    /// no values (the console writes `{"dialogAction": null, ...}` where nothing is configured) is
    /// no next step.
    init(next: LexDialogState?, conditional: LexConditionalSpecification?, at location: String) {
        let configured = next.flatMap { state in
            state.dialogAction == nil && (state.intent?.slots ?? [:]).isEmpty
                && (state.sessionAttributes ?? [:]).isEmpty
                && state.intent?.name == nil ? nil : state
        }
        self.init(
            next: configured.map { FlowStep(export: $0, coverageKey: "\(location) → ") },
            conditional: conditional.map { FlowConditional(export: $0, at: location) }
        )
    }
}

extension FlowStep {
    /// A step as the export writes it; `coverageKey` is completed with the action (empty: the step
    /// is not a coverage item of its own, as a branch's step is counted by its branch).
    init(export state: LexDialogState, coverageKey prefix: String) {
        var values: [String: FlowSlotValue] = [:]
        for (slot, override) in state.intent?.slots ?? [:] {
            values[slot] = FlowSlotValue(override)
        }
        self.init(
            action: state.dialogAction?.type,
            slotToElicit: state.dialogAction?.slotToElicit,
            suppressNextMessage: state.dialogAction?.suppressNextMessage ?? false,
            intentName: state.intent?.name,
            slotValues: values,
            sessionAttributes: state.sessionAttributes ?? [:]
        )
        if !prefix.isEmpty { coverageKey = prefix + actionText }
    }
}

extension FlowSlotValue {
    /// A slot override: a list for shape `List` (or any `values`), a clear for a `null` value.
    init(_ override: LexSlotValueOverride) {
        if override.shape == .list || !(override.values ?? []).isEmpty {
            self = .list((override.values ?? []).compactMap { $0.value?.interpretedValue })
        } else if let value = override.value?.interpretedValue {
            self = .value(value)
        } else {
            self = .clear
        }
    }
}

extension FlowConditional {
    /// Conditional branches at `location`; each condition is parsed now (a syntax error is kept and
    /// reported if the branch is ever evaluated).
    init(export conditional: LexConditionalSpecification, at location: String) {
        let branches = conditional.conditionalBranches.map { branch in
            let text = branch.condition.expressionString
            return FlowBranch(
                name: branch.name,
                condition: Result { () throws(ConditionSyntaxError) in try Condition(parsing: text) },
                expression: text,
                response: MessageGroupSpec.groups(branch.response?.messageGroupsList),
                next: FlowStep(export: branch.nextStep, coverageKey: ""),
                coverageKey: "\(location) branch \(branch.name)"
            )
        }
        let fallback = conditional.defaultBranch
        self.init(
            isActive: conditional.isActive,
            branches: branches,
            defaultBranch: FlowBranch(
                name: "default",
                response: MessageGroupSpec.groups(fallback.response?.messageGroupsList),
                next: fallback.nextStep.map { FlowStep(export: $0, coverageKey: "") },
                coverageKey: "\(location) default branch"
            )
        )
    }
}

extension FlowCodeHook {
    /// The code hook step of the point at `location`.
    init(export setting: LexDialogCodeHookInvocationSetting, at location: String) {
        let outcomes = RuntimeFulfillmentFlow(post: setting.postCodeHookSpecification, at: "\(location).hook")
        self.init(
            isActive: setting.isActive,
            invokesHook: setting.enableCodeHookInvocation,
            label: setting.invocationLabel,
            success: outcomes.success,
            failure: outcomes.failure,
            timeout: outcomes.timeout,
            coverageKey: "\(location) code hook" + (setting.invocationLabel.map { " \($0)" } ?? "")
        )
    }
}

extension FlowElicitationHook {
    /// The elicitation hook of the prompt at `location`.
    init(export setting: LexElicitationCodeHookInvocationSetting, at location: String) {
        self.init(
            invokesHook: setting.enableCodeHookInvocation,
            label: setting.invocationLabel,
            coverageKey: "\(location) elicitation hook" + (setting.invocationLabel.map { " \($0)" } ?? "")
        )
    }
}
