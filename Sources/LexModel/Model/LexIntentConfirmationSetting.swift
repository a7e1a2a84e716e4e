/// The confirmation step of an intent (`intentConfirmationSetting`).
///
/// After all required slots are filled Lex asks `promptSpecification`; yes goes to the confirmation
/// next step (fulfillment by default), no to the declination response and next step, and running out
/// of retries to the failure response and next step (the console uses `StartIntent FallbackIntent`).
public struct LexIntentConfirmationSetting: Codable, Sendable, Equatable {
    /// The yes/no question and its retries.
    public var promptSpecification: LexPromptSpecification
    /// False switches the confirmation off while keeping its configuration.
    public var isActive: Bool?
    /// Said when the user says no.
    public var declinationResponse: LexResponseSpecification?
    /// Said when the user says yes.
    public var confirmationResponse: LexResponseSpecification?
    /// Said when retries run out.
    public var failureResponse: LexResponseSpecification?
    /// Where the dialog goes after a yes.
    public var confirmationNextStep: LexDialogState?
    /// Where the dialog goes after a no.
    public var declinationNextStep: LexDialogState?
    /// Where the dialog goes when retries run out.
    public var failureNextStep: LexDialogState?
    /// Branches evaluated after a yes.
    public var confirmationConditional: LexConditionalSpecification?
    /// Branches evaluated after a no.
    public var declinationConditional: LexConditionalSpecification?
    /// Branches evaluated when retries run out.
    public var failureConditional: LexConditionalSpecification?
    /// The dialog code hook call after the answer.
    public var codeHook: LexDialogCodeHookInvocationSetting?
    /// The code hook call after each attempt.
    public var elicitationCodeHook: LexElicitationCodeHookInvocationSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        promptSpecification: LexPromptSpecification,
        isActive: Bool? = nil,
        declinationResponse: LexResponseSpecification? = nil,
        confirmationResponse: LexResponseSpecification? = nil,
        failureResponse: LexResponseSpecification? = nil,
        confirmationNextStep: LexDialogState? = nil,
        declinationNextStep: LexDialogState? = nil,
        failureNextStep: LexDialogState? = nil,
        confirmationConditional: LexConditionalSpecification? = nil,
        declinationConditional: LexConditionalSpecification? = nil,
        failureConditional: LexConditionalSpecification? = nil,
        codeHook: LexDialogCodeHookInvocationSetting? = nil,
        elicitationCodeHook: LexElicitationCodeHookInvocationSetting? = nil
    ) {
        self.promptSpecification = promptSpecification
        self.isActive = isActive
        self.declinationResponse = declinationResponse
        self.confirmationResponse = confirmationResponse
        self.failureResponse = failureResponse
        self.confirmationNextStep = confirmationNextStep
        self.declinationNextStep = declinationNextStep
        self.failureNextStep = failureNextStep
        self.confirmationConditional = confirmationConditional
        self.declinationConditional = declinationConditional
        self.failureConditional = failureConditional
        self.codeHook = codeHook
        self.elicitationCodeHook = elicitationCodeHook
    }
}
