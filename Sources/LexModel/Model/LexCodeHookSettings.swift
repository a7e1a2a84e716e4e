/// Whether the dialog code hook runs for an intent (`dialogCodeHook`).
public struct LexDialogCodeHookSetting: Codable, Sendable, Equatable {
    /// True to call the alias's Lambda with `DialogCodeHook` on each turn.
    public var enabled: Bool

    /// Creates a value; absent optional keys are written as `null`.
    public init(enabled: Bool) {
        self.enabled = enabled
    }
}

/// Whether the Lambda fulfils an intent (`fulfillmentCodeHook`) and where the dialog goes after it.
///
/// The export spells the activity flag `isActive` (the API says `active`).
public struct LexFulfillmentCodeHookSetting: Codable, Sendable, Equatable {
    /// True to call the Lambda with `FulfillmentCodeHook`.
    public var enabled: Bool
    /// False skips the fulfillment step entirely.
    public var isActive: Bool?
    /// Responses and next steps after the call.
    public var postFulfillmentStatusSpecification: LexPostFulfillmentStatusSpecification?
    /// Progress messages during a long call (streaming).
    public var fulfillmentUpdatesSpecification: LexFulfillmentUpdatesSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        enabled: Bool,
        isActive: Bool? = nil,
        postFulfillmentStatusSpecification: LexPostFulfillmentStatusSpecification? = nil,
        fulfillmentUpdatesSpecification: LexFulfillmentUpdatesSpecification? = nil
    ) {
        self.enabled = enabled
        self.isActive = isActive
        self.postFulfillmentStatusSpecification = postFulfillmentStatusSpecification
        self.fulfillmentUpdatesSpecification = fulfillmentUpdatesSpecification
    }
}

/// What follows a Lambda call (fulfillment, or a dialog code hook step): one response and next
/// step per outcome (success, failure, timeout).
public struct LexPostFulfillmentStatusSpecification: Codable, Sendable, Equatable {
    /// Said when the Lambda succeeded.
    public var successResponse: LexResponseSpecification?
    /// Said when the Lambda failed.
    public var failureResponse: LexResponseSpecification?
    /// Said when the Lambda timed out.
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

/// Progress messages while a fulfillment Lambda runs (streaming conversations only).
public struct LexFulfillmentUpdatesSpecification: Codable, Sendable, Equatable {
    /// True to send the updates (this nested key is `active`, not `isActive`, in every format).
    public var active: Bool
    /// Sent once when fulfillment starts.
    public var startResponse: LexFulfillmentStartResponseSpecification?
    /// Sent periodically while it runs.
    public var updateResponse: LexFulfillmentUpdateResponseSpecification?
    /// How long to wait for the Lambda, 1...900 seconds.
    public var timeoutInSeconds: Int?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        active: Bool,
        startResponse: LexFulfillmentStartResponseSpecification? = nil,
        updateResponse: LexFulfillmentUpdateResponseSpecification? = nil,
        timeoutInSeconds: Int? = nil
    ) {
        self.active = active
        self.startResponse = startResponse
        self.updateResponse = updateResponse
        self.timeoutInSeconds = timeoutInSeconds
    }
}

/// The message sent when a long fulfillment starts.
public struct LexFulfillmentStartResponseSpecification: Codable, Sendable, Equatable {
    /// Seconds to wait before sending it, 1...900.
    public var delayInSeconds: Int
    /// The messages (this key is `messageGroups`, not `messageGroupsList`).
    public var messageGroups: [LexMessageGroup]
    /// Whether the user can interrupt it (speech).
    public var allowInterrupt: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(delayInSeconds: Int, messageGroups: [LexMessageGroup], allowInterrupt: Bool? = nil) {
        self.delayInSeconds = delayInSeconds
        self.messageGroups = messageGroups
        self.allowInterrupt = allowInterrupt
    }
}

/// The message repeated while a long fulfillment runs.
public struct LexFulfillmentUpdateResponseSpecification: Codable, Sendable, Equatable {
    /// Seconds between updates, 1...900.
    public var frequencyInSeconds: Int
    /// The messages (this key is `messageGroups`, not `messageGroupsList`).
    public var messageGroups: [LexMessageGroup]
    /// Whether the user can interrupt it (speech).
    public var allowInterrupt: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(frequencyInSeconds: Int, messageGroups: [LexMessageGroup], allowInterrupt: Bool? = nil) {
        self.frequencyInSeconds = frequencyInSeconds
        self.messageGroups = messageGroups
        self.allowInterrupt = allowInterrupt
    }
}
