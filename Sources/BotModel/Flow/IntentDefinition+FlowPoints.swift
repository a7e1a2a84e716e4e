import MeetyDiagnostics

extension IntentDefinition {
    /// Every point of the intent's flow, in the order of the conversation (initial response, slots
    /// in priority order, confirmation, fulfillment, closing), with the next step that applies at
    /// each.
    ///
    /// Where no next step is written the bot format fills in: `EvaluateConditional` when the point
    /// has branches, `InvokeDialogCodeHook` after the initial response, a capture or a yes when that
    /// step has a `hook`, and otherwise the console's defaults for the points the compiler has always
    /// written (`StartIntent <fallback>` after a slot or confirmation failure, `EndConversation` after
    /// a declination, a hook's failure or timeout, a fulfillment failure or timeout and the closing,
    /// `CloseIntent` or `EndConversation` after fulfillment). The remaining points (initial response,
    /// capture, yes, hook success) get no next step: Lex's default path applies there.
    /// - Parameter fallbackIntent: The name of the locale's fallback intent.
    public func flowPoints(fallbackIntent: String) -> [FlowPoint] {
        var points: [FlowPoint] = []
        let startFallback = EffectiveNextStep.implied(.startIntent, intent: fallbackIntent)
        let end = EffectiveNextStep.implied(.endConversation)
        if let initial = initialResponse {
            let outcome = initial.outcome
            points.append(
                Self.point(.initialResponse, outcome.message, outcome.flow, hook: initial.hook != nil, otherwise: nil))
            if let hook = initial.hook { points += Self.hookPoints(hook, owner: .initialResponse) }
        }
        for slot in slots where slot.hasCaptureSetting {
            let name = slot.name.value
            if slot.captured != nil || slot.hook != nil {
                points.append(
                    Self.point(
                        .slotCaptured(name), slot.captured?.message, slot.captured?.flow, hook: slot.hook != nil,
                        otherwise: nil))
            }
            if let hook = slot.hook { points += Self.hookPoints(hook, owner: .slot(name)) }
            points.append(
                Self.point(.slotFailed(name), slot.failure, slot.failureFlow, hook: false, otherwise: startFallback))
        }
        if let confirmation {
            if confirmation.confirmed != nil || confirmation.hook != nil {
                points.append(
                    Self.point(
                        .confirmed, confirmation.confirmed?.message, confirmation.confirmed?.flow,
                        hook: confirmation.hook != nil, otherwise: nil))
            }
            if let hook = confirmation.hook { points += Self.hookPoints(hook, owner: .confirmation) }
            points.append(
                Self.point(.declined, confirmation.declined, confirmation.declinedFlow, hook: false, otherwise: end))
            points.append(
                Self.point(
                    .confirmationFailed, confirmation.failure, confirmation.failureFlow, hook: false,
                    otherwise: startFallback))
        }
        if hasFulfillmentSetting {
            let success = EffectiveNextStep.implied(hasClosingSetting ? .closeIntent : .endConversation)
            points.append(
                Self.point(
                    .fulfilled, fulfillment?.success?.message, fulfillment?.success?.flow, hook: false,
                    otherwise: success))
            points.append(
                Self.point(
                    .fulfillmentFailed, fulfillment?.failure?.message, fulfillment?.failure?.flow, hook: false,
                    otherwise: end))
            points.append(
                Self.point(
                    .fulfillmentTimedOut, fulfillment?.timeout?.message, fulfillment?.timeout?.flow, hook: false,
                    otherwise: end))
        }
        if hasClosingSetting {
            points.append(Self.point(.closing, closing, closingFlow, hook: false, otherwise: end))
        }
        return points
    }

    /// Whether anything of the intent's flow is written beyond the classic messages: an initial
    /// response, a fulfillment or closing flow, or a slot's or the confirmation's outcome or hook.
    /// Without it the flow points hold only the format's defaults, with no branch and no written
    /// next step, so the flow rules can skip the intent.
    public var hasFlowSettings: Bool {
        initialResponse != nil || fulfillment != nil || closingFlow != nil
            || slots.contains { $0.captured != nil || $0.failureFlow != nil || $0.hook != nil }
            || confirmation.map {
                $0.confirmed != nil || $0.declinedFlow != nil || $0.failureFlow != nil || $0.hook != nil
            }
                == true
    }

    /// Whether the intent has a fulfillment step to compile: a fulfillment hook or `fulfillment:`.
    public var hasFulfillmentSetting: Bool { usesFulfillmentHook || fulfillment != nil }

    /// Whether the intent has a closing step to compile: a closing message with text, or a closing flow.
    public var hasClosingSetting: Bool { closing?.variants.isEmpty == false || closingFlow != nil }

    /// Every step code hook of the intent with its owner, in flow order.
    public var stepHooks: [(owner: HookOwner, hook: StepHookDefinition)] {
        var hooks: [(owner: HookOwner, hook: StepHookDefinition)] = []
        if let hook = initialResponse?.hook { hooks.append((.initialResponse, hook)) }
        for slot in slots {
            if let hook = slot.hook { hooks.append((.slot(slot.name.value), hook)) }
        }
        if let hook = confirmation?.hook { hooks.append((.confirmation, hook)) }
        return hooks
    }

    private static func hookPoints(_ hook: StepHookDefinition, owner: HookOwner) -> [FlowPoint] {
        let end = EffectiveNextStep.implied(.endConversation)
        return [
            point(.hookSucceeded(owner), hook.success?.message, hook.success?.flow, hook: false, otherwise: nil),
            point(.hookFailed(owner), hook.failure?.message, hook.failure?.flow, hook: false, otherwise: end),
            point(.hookTimedOut(owner), hook.timeout?.message, hook.timeout?.flow, hook: false, otherwise: end),
        ]
    }

    private static func point(
        _ kind: FlowPoint.Kind, _ message: MessageDefinition?, _ flow: FlowContinuation?, hook: Bool,
        otherwise: EffectiveNextStep?
    ) -> FlowPoint {
        let next: EffectiveNextStep?
        if let written = flow?.next {
            next = .written(written)
        } else if flow?.branches.isEmpty == false {
            next = .implied(.evaluateConditional)
        } else if hook {
            next = .implied(.invokeDialogCodeHook)
        } else {
            next = otherwise
        }
        return FlowPoint(kind: kind, message: message, flow: flow, next: next)
    }
}

extension SlotDefinition {
    /// Whether the slot has a capture setting to compile: a prompt, or any flow setting.
    public var hasCaptureSetting: Bool {
        prompt?.variants.isEmpty == false || captured != nil || failureFlow != nil || hook != nil
            || elicitationHook != nil
    }
}
