/// How a slot is elicited: required or not, the prompt, sample utterances, defaults and capture steps.
public struct LexSlotValueElicitationSetting: Codable, Sendable, Equatable {
    /// `Required` slots are elicited; `Optional` ones only filled from utterances or hooks.
    public var slotConstraint: LexSlotConstraint
    /// The elicitation prompt and its retries.
    public var promptSpecification: LexPromptSpecification?
    /// Answers that carry the value, such as "my name is {FullName}", at most 10.
    public var sampleUtterances: [LexSampleUtterance]?
    /// Values used before the slot is elicited.
    public var defaultValueSpecification: LexDefaultValueSpecification?
    /// Lets the user pause while looking up the value.
    public var waitAndContinueSpecification: LexWaitAndContinueSpecification?
    /// Responses and next steps after a value is captured or retries run out.
    public var slotCaptureSetting: LexSlotCaptureSetting?
    /// Generative resolution of values Lex did not understand (left out of written files when absent).
    public var slotResolutionSetting: LexSlotResolutionSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        slotConstraint: LexSlotConstraint,
        promptSpecification: LexPromptSpecification? = nil,
        sampleUtterances: [LexSampleUtterance]? = nil,
        defaultValueSpecification: LexDefaultValueSpecification? = nil,
        waitAndContinueSpecification: LexWaitAndContinueSpecification? = nil,
        slotCaptureSetting: LexSlotCaptureSetting? = nil,
        slotResolutionSetting: LexSlotResolutionSetting? = nil
    ) {
        self.slotConstraint = slotConstraint
        self.promptSpecification = promptSpecification
        self.sampleUtterances = sampleUtterances
        self.defaultValueSpecification = defaultValueSpecification
        self.waitAndContinueSpecification = waitAndContinueSpecification
        self.slotCaptureSetting = slotCaptureSetting
        self.slotResolutionSetting = slotResolutionSetting
    }
}

/// Default values of a slot, tried in order before it is elicited.
public struct LexDefaultValueSpecification: Codable, Sendable, Equatable {
    /// Up to 10 defaults.
    public var defaultValueList: [LexDefaultValue]

    /// Creates a value; absent optional keys are written as `null`.
    public init(defaultValueList: [LexDefaultValue]) {
        self.defaultValueList = defaultValueList
    }
}

/// One default slot value.
public struct LexDefaultValue: Codable, Sendable, Equatable {
    /// A literal, `[sessionAttribute]`, `<requestAttribute>` or `#context.parameter`.
    public var defaultValue: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(defaultValue: String) {
        self.defaultValue = defaultValue
    }
}

/// Lets the user say "wait" during elicitation and continue later.
public struct LexWaitAndContinueSpecification: Codable, Sendable, Equatable {
    /// Said when the user asks to wait.
    public var waitingResponse: LexResponseSpecification
    /// Said when the user continues.
    public var continueResponse: LexResponseSpecification
    /// Repeated while waiting.
    public var stillWaitingResponse: LexStillWaitingResponseSpecification?
    /// False switches the feature off.
    public var isActive: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        waitingResponse: LexResponseSpecification,
        continueResponse: LexResponseSpecification,
        stillWaitingResponse: LexStillWaitingResponseSpecification? = nil,
        isActive: Bool? = nil
    ) {
        self.waitingResponse = waitingResponse
        self.continueResponse = continueResponse
        self.stillWaitingResponse = stillWaitingResponse
        self.isActive = isActive
    }
}

/// The message repeated while the user is away.
public struct LexStillWaitingResponseSpecification: Codable, Sendable, Equatable {
    /// The message groups.
    public var messageGroupsList: [LexMessageGroup]
    /// Seconds between repetitions, 1...300.
    public var frequencyInSeconds: Int
    /// How long to wait in total, 1...900.
    public var timeoutInSeconds: Int
    /// Whether the user can interrupt it (speech).
    public var allowInterrupt: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        messageGroupsList: [LexMessageGroup],
        frequencyInSeconds: Int,
        timeoutInSeconds: Int,
        allowInterrupt: Bool? = nil
    ) {
        self.messageGroupsList = messageGroupsList
        self.frequencyInSeconds = frequencyInSeconds
        self.timeoutInSeconds = timeoutInSeconds
        self.allowInterrupt = allowInterrupt
    }
}
