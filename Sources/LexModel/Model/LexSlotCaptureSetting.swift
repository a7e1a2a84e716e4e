/// What follows the elicitation of a slot: after a value is captured, and after retries run out.
///
/// The console writes `failureNextStep` as `StartIntent FallbackIntent`, so a user who cannot give a
/// value ends up in the fallback intent.
public struct LexSlotCaptureSetting: Codable, Sendable, Equatable {
    /// Said when a value was captured.
    public var captureResponse: LexResponseSpecification?
    /// Where the dialog goes after a capture.
    public var captureNextStep: LexDialogState?
    /// Branches after a capture.
    public var captureConditional: LexConditionalSpecification?
    /// Said when retries run out.
    public var failureResponse: LexResponseSpecification?
    /// Where the dialog goes when retries run out.
    public var failureNextStep: LexDialogState?
    /// Branches when retries run out.
    public var failureConditional: LexConditionalSpecification?
    /// The dialog code hook call after a capture.
    public var codeHook: LexDialogCodeHookInvocationSetting?
    /// The code hook call after each attempt.
    public var elicitationCodeHook: LexElicitationCodeHookInvocationSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        captureResponse: LexResponseSpecification? = nil,
        captureNextStep: LexDialogState? = nil,
        captureConditional: LexConditionalSpecification? = nil,
        failureResponse: LexResponseSpecification? = nil,
        failureNextStep: LexDialogState? = nil,
        failureConditional: LexConditionalSpecification? = nil,
        codeHook: LexDialogCodeHookInvocationSetting? = nil,
        elicitationCodeHook: LexElicitationCodeHookInvocationSetting? = nil
    ) {
        self.captureResponse = captureResponse
        self.captureNextStep = captureNextStep
        self.captureConditional = captureConditional
        self.failureResponse = failureResponse
        self.failureNextStep = failureNextStep
        self.failureConditional = failureConditional
        self.codeHook = codeHook
        self.elicitationCodeHook = elicitationCodeHook
    }
}
