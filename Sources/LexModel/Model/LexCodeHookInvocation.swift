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

/// What follows a dialog code hook call: one response and next step per outcome. The same shape
/// as what follows fulfillment, so both names share one type.
public typealias LexPostDialogCodeHookInvocationSpecification = LexPostFulfillmentStatusSpecification

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
