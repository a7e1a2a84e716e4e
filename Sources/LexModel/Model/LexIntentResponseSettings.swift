/// The closing step of an intent (`intentClosingSetting`): the last thing said.
public struct LexIntentClosingSetting: Codable, Sendable, Equatable {
    /// False suppresses the closing response.
    public var isActive: Bool?
    /// The message sent when the intent is done.
    public var closingResponse: LexResponseSpecification?
    /// Where the dialog goes afterwards (the console writes `EndConversation`).
    public var nextStep: LexDialogState?
    /// Branches evaluated after the response.
    public var conditional: LexConditionalSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        isActive: Bool? = nil,
        closingResponse: LexResponseSpecification? = nil,
        nextStep: LexDialogState? = nil,
        conditional: LexConditionalSpecification? = nil
    ) {
        self.isActive = isActive
        self.closingResponse = closingResponse
        self.nextStep = nextStep
        self.conditional = conditional
    }
}

/// The first step after an intent is recognised (`initialResponseSetting`).
public struct LexInitialResponseSetting: Codable, Sendable, Equatable {
    /// A message sent before slot elicitation.
    public var initialResponse: LexResponseSpecification?
    /// Where the dialog goes (default: the first slot by priority).
    public var nextStep: LexDialogState?
    /// Branches evaluated first.
    public var conditional: LexConditionalSpecification?
    /// The dialog code hook call at this step.
    public var codeHook: LexDialogCodeHookInvocationSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        initialResponse: LexResponseSpecification? = nil,
        nextStep: LexDialogState? = nil,
        conditional: LexConditionalSpecification? = nil,
        codeHook: LexDialogCodeHookInvocationSetting? = nil
    ) {
        self.initialResponse = initialResponse
        self.nextStep = nextStep
        self.conditional = conditional
        self.codeHook = codeHook
    }
}
