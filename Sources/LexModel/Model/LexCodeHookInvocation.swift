/// A dialog code hook call at one step of the flow (`codeHook` of a slot capture, confirmation or
/// initial response) and where the dialog goes after it.
public struct LexDialogCodeHookInvocationSetting: Codable, Sendable, Equatable {
    /// False skips the step.
    public var isActive: Bool
    /// False continues as if the hook had succeeded, without calling it.
    public var enableCodeHookInvocation: Bool
    /// Responses and next steps per outcome.
    public var postCodeHookSpecification: LexPostDialogCodeHookInvocationSpecification
    /// A label passed to the Lambda as `invocationLabel`.
    public var invocationLabel: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        isActive: Bool,
        enableCodeHookInvocation: Bool,
        postCodeHookSpecification: LexPostDialogCodeHookInvocationSpecification,
        invocationLabel: String? = nil
    ) {
        self.isActive = isActive
        self.enableCodeHookInvocation = enableCodeHookInvocation
        self.postCodeHookSpecification = postCodeHookSpecification
        self.invocationLabel = invocationLabel
    }
}

/// What follows a dialog code hook call: one response and next step per outcome.
public struct LexPostDialogCodeHookInvocationSpecification: Codable, Sendable, Equatable {
    /// Said when the hook succeeded.
    public var successResponse: LexResponseSpecification?
    /// Said when the hook failed.
    public var failureResponse: LexResponseSpecification?
    /// Said when the hook timed out.
    public var timeoutResponse: LexResponseSpecification?
    /// Where the dialog goes after success.
    public var successNextStep: LexDialogState?
    /// Where the dialog goes after failure.
    public var failureNextStep: LexDialogState?
    /// Where the dialog goes after a timeout.
    public var timeoutNextStep: LexDialogState?
    /// Branches after success.
    public var successConditional: LexConditionalSpecification?
    /// Branches after failure.
    public var failureConditional: LexConditionalSpecification?
    /// Branches after a timeout.
    public var timeoutConditional: LexConditionalSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        successResponse: LexResponseSpecification? = nil,
        failureResponse: LexResponseSpecification? = nil,
        timeoutResponse: LexResponseSpecification? = nil,
        successNextStep: LexDialogState? = nil,
        failureNextStep: LexDialogState? = nil,
        timeoutNextStep: LexDialogState? = nil,
        successConditional: LexConditionalSpecification? = nil,
        failureConditional: LexConditionalSpecification? = nil,
        timeoutConditional: LexConditionalSpecification? = nil
    ) {
        self.successResponse = successResponse
        self.failureResponse = failureResponse
        self.timeoutResponse = timeoutResponse
        self.successNextStep = successNextStep
        self.failureNextStep = failureNextStep
        self.timeoutNextStep = timeoutNextStep
        self.successConditional = successConditional
        self.failureConditional = failureConditional
        self.timeoutConditional = timeoutConditional
    }
}

/// A code hook call after each elicitation attempt of a slot or a confirmation.
public struct LexElicitationCodeHookInvocationSetting: Codable, Sendable, Equatable {
    /// True to call the hook.
    public var enableCodeHookInvocation: Bool
    /// A label passed to the Lambda as `invocationLabel`.
    public var invocationLabel: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(enableCodeHookInvocation: Bool, invocationLabel: String? = nil) {
        self.enableCodeHookInvocation = enableCodeHookInvocation
        self.invocationLabel = invocationLabel
    }
}
