import LexModel

/// The elements of one step's flow points: for each point its response, its next step (the
/// default when none is written), its conditional branches and default branch; and the step's
/// code hook with its three outcomes.
struct FlowElements {
    let owner: IntentElements
    /// The path of the step the points belong to.
    let step: [String]
    /// What exercises the step's points.
    let exercise: BotExercise

    init(owner: IntentElements, step: [String], exercise: BotExercise) {
        self.owner = owner
        self.step = step
        self.exercise = exercise
    }

    private var locale: String { owner.locale }
    private var intent: String { owner.intent.name }

    /// Adds the elements of point `name`.
    /// - Parameters:
    ///   - defaultNext: the next step that applies when none is written (and no branch is active).
    ///   - responseExercise: what exercises the response, when the simulator traces it on its own.
    mutating func point(
        _ name: String, _ label: String, _ response: LexResponseSpecification?, _ next: LexDialogState?,
        _ conditional: LexConditionalSpecification?, defaultNext: String?, into collector: inout ElementCollector,
        responseExercise: BotExercise? = nil
    ) {
        let path = step.last == name ? step : step + [name]
        if let text = BotElementText.response(response) {
            collector.add(
                .message, locale, path + ["response"], "the response of \(label)", text, responseExercise ?? exercise)
        }
        let active = conditional.flatMap { $0.isActive ? $0 : nil }
        let written = BotElementText.nextStep(next, intent: intent)
        let effective = written ?? (active != nil ? "EvaluateConditional" : defaultNext)
        if let effective {
            collector.add(.flowStep, locale, path + ["next"], "the next step of \(label)", effective, exercise)
        }
        guard let active else { return }
        var seen: [String: Int] = [:]
        for branch in active.conditionalBranches {
            seen[branch.name, default: 0] += 1
            let key = seen[branch.name] == 1 ? branch.name : "\(branch.name) (\(seen[branch.name] ?? 0))"
            let branchPath = path + ["branch", key]
            collector.add(
                .flowStep, locale, branchPath, "branch '\(branch.name)' of \(label)",
                "if \(branch.condition.expressionString) then "
                    + (BotElementText.nextStep(branch.nextStep, intent: intent) ?? "(no next step)"),
                exercise)
            if let text = BotElementText.response(branch.response) {
                collector.add(
                    .message, locale, branchPath + ["response"], "the response of branch '\(branch.name)' of \(label)",
                    text, exercise)
            }
        }
        let otherwise = active.defaultBranch
        collector.add(
            .flowStep, locale, path + ["else"], "the default branch of \(label)",
            BotElementText.nextStep(otherwise.nextStep, intent: intent) ?? "(no next step)", exercise)
        if let text = BotElementText.response(otherwise.response) {
            collector.add(
                .message, locale, path + ["else", "response"], "the response of the default branch of \(label)",
                text, exercise)
        }
    }

    /// Adds a step's code hook (when active) and its success, failure and timeout points.
    mutating func stepHook(
        _ hook: LexDialogCodeHookInvocationSetting?, of stepLabel: String, into collector: inout ElementCollector
    ) {
        guard let hook, hook.isActive else { return }
        let path = step + ["hook"]
        collector.add(
            .hook, locale, path, "the code hook of \(stepLabel)",
            BotElementText.join([
                hook.enableCodeHookInvocation ? "called" : "not called", hook.invocationLabel.map { "label \($0)" },
            ]), exercise)
        var flow = FlowElements(owner: owner, step: path, exercise: exercise)
        flow.outcomes(
            hook.postCodeHookSpecification, of: "the code hook of \(stepLabel)", successDefault: nil, into: &collector)
    }

    /// Adds the success, failure and timeout points of a hook or of fulfillment.
    mutating func outcomes(
        _ status: LexPostFulfillmentStatusSpecification?, of label: String, successDefault: String?,
        into collector: inout ElementCollector
    ) {
        point(
            "success", "the success of \(label)", status?.successResponse, status?.successNextStep,
            status?.successConditional, defaultNext: successDefault, into: &collector)
        point(
            "failure", "the failure of \(label)", status?.failureResponse, status?.failureNextStep,
            status?.failureConditional, defaultNext: "EndConversation", into: &collector)
        point(
            "timeout", "the timeout of \(label)", status?.timeoutResponse, status?.timeoutNextStep,
            status?.timeoutConditional, defaultNext: "EndConversation", into: &collector)
    }

    /// Whether a status specification says and does nothing.
    static func isEmpty(_ status: LexPostFulfillmentStatusSpecification) -> Bool {
        let responses = [status.successResponse, status.failureResponse, status.timeoutResponse]
        let steps = [status.successNextStep, status.failureNextStep, status.timeoutNextStep]
        let conditionals = [status.successConditional, status.failureConditional, status.timeoutConditional]
        return responses.allSatisfy { BotElementText.response($0) == nil }
            && steps.allSatisfy { $0?.dialogAction == nil } && conditionals.allSatisfy { !($0?.isActive ?? false) }
    }
}
