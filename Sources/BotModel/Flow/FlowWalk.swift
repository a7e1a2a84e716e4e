import MeetyDiagnostics

/// Follows an intent's flow from the moment it starts, without a user turn, to every `StartIntent`
/// it can reach: what the `StartIntent` cycle rule is built on.
///
/// The walk stops where Lex waits for the user (`ElicitSlot`, `ConfirmIntent`, `ElicitIntent`, the
/// default path reaching a required slot that may be empty or the confirmation prompt) or the
/// conversation ends. It follows every branch, default branch and code-hook outcome, and Lex's
/// default path where no next step is written (the first required slot, then the confirmation,
/// fulfillment and the closing). A `StartIntent` is **conditional** when the way to it passes a
/// branch, a code hook's failure or timeout, or a slot skipped because a default value or the
/// starting next step may have filled it.
struct FlowWalk {
    /// A `StartIntent` reachable from an intent's start without a user turn.
    struct Start {
        /// The intent started.
        var target: String
        /// The next step that starts it.
        var step: NextStepDefinition
        /// Where the step is (`the initial response`, `branch 'B' of the closing`).
        var location: String
        /// Whether the way to it depends on a condition, a default value or a hook's outcome.
        var conditional: Bool
    }

    let site: FlowIntentSite
    /// Slots that may be filled when the intent starts: slots with default values, and slots a
    /// `StartIntent` of this intent sets.
    let possiblyFilled: Set<String>
    private var visited: [FlowPoint.Kind: Bool] = [:]
    private(set) var starts: [Start] = []

    /// Walks `site` from its start.
    init(site: FlowIntentSite, possiblyFilled: Set<String>) {
        self.site = site
        self.possiblyFilled = possiblyFilled
        if site.intent.initialResponse != nil {
            visit(.initialResponse, conditional: false)
        } else {
            defaultPath(after: .initialResponse, conditional: false)
        }
    }

    private mutating func visit(_ kind: FlowPoint.Kind, conditional: Bool) {
        if let seen = visited[kind], !seen || conditional { return }
        visited[kind] = conditional
        guard let point = site.points.first(where: { $0.kind == kind }) else {
            defaultPath(after: kind, conditional: conditional)
            return
        }
        if point.next?.action == .evaluateConditional, !point.branches.isEmpty {
            for branch in point.branches {
                take(.written(branch.next), at: point, branch: "branch '\(branch.name.value)' of ", conditional: true)
            }
            if let next = point.flow?.otherwise?.next {
                take(.written(next), at: point, branch: "the default branch of ", conditional: true)
            } else {
                defaultPath(after: kind, conditional: true)
            }
        } else {
            take(point.next, at: point, branch: "", conditional: conditional)
        }
    }

    private mutating func take(_ next: EffectiveNextStep?, at point: FlowPoint, branch: String, conditional: Bool) {
        guard let next else {
            defaultPath(after: point.kind, conditional: conditional)
            return
        }
        switch next.action {
        case .startIntent:
            if case .written(let step) = next, let target = step.intent?.value {
                starts.append(
                    Start(
                        target: target, step: step, location: branch + point.kind.description,
                        conditional: conditional))
            }
        case .fulfillIntent:
            fulfillment(conditional: conditional)
        case .closeIntent:
            visit(.closing, conditional: conditional)
        case .invokeDialogCodeHook:
            guard let owner = point.kind.hookOwner,
                let hook = site.intent.stepHooks.first(where: { $0.owner == owner })?.hook
            else { return }
            visit(.hookSucceeded(owner), conditional: conditional)
            if hook.invokes {
                visit(.hookFailed(owner), conditional: true)
                visit(.hookTimedOut(owner), conditional: true)
            }
        case .evaluateConditional, .elicitSlot, .confirmIntent, .elicitIntent, .endConversation:
            break
        }
    }

    /// Lex's default path after a point with no next step.
    private mutating func defaultPath(after kind: FlowPoint.Kind, conditional: Bool) {
        switch kind {
        case .initialResponse, .hookSucceeded(.initialResponse), .slotCaptured, .hookSucceeded(.slot):
            var conditional = conditional
            for slot in site.intent.slots where slot.isRequired && slot.hasCaptureSetting {
                guard possiblyFilled.contains(slot.name.value) else { return }
                conditional = true
            }
            if site.intent.confirmation != nil { return }
            fulfillment(conditional: conditional)
        case .confirmed, .hookSucceeded(.confirmation):
            fulfillment(conditional: conditional)
        case .fulfilled, .fulfillmentFailed, .fulfillmentTimedOut:
            visit(.closing, conditional: conditional)
        case .slotFailed, .declined, .confirmationFailed, .hookFailed, .hookTimedOut, .closing:
            break
        }
    }

    private mutating func fulfillment(conditional: Bool) {
        guard site.intent.hasFulfillmentSetting else {
            visit(.closing, conditional: conditional)
            return
        }
        visit(.fulfilled, conditional: conditional)
        if site.intent.usesFulfillmentHook {
            visit(.fulfillmentFailed, conditional: true)
            visit(.fulfillmentTimedOut, conditional: true)
        }
    }
}
