/// A prompt that expects an answer: a slot's elicitation prompt or an intent's confirmation question.
///
/// Newer exports add `messageSelectionStrategy` and one `promptAttemptsSpecification` entry per
/// attempt (`Initial`, `Retry1`...`RetryN` for `maxRetries` N); older exports leave both out.
public struct LexPromptSpecification: Codable, Sendable, Equatable {
    /// The message groups, 1...5 (the API calls this `messageGroups`).
    public var messageGroupsList: [LexMessageGroup]
    /// Re-prompts after the first attempt, 0...5.
    public var maxRetries: Int
    /// Whether the user can interrupt the prompt (speech).
    public var allowInterrupt: Bool?
    /// How a message group is picked.
    public var messageSelectionStrategy: LexMessageSelectionStrategy?
    /// Per-attempt input settings keyed `Initial`, `Retry1`...`Retry5`.
    public var promptAttemptsSpecification: [String: LexPromptAttemptSpecification]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        messageGroupsList: [LexMessageGroup],
        maxRetries: Int,
        allowInterrupt: Bool? = nil,
        messageSelectionStrategy: LexMessageSelectionStrategy? = nil,
        promptAttemptsSpecification: [String: LexPromptAttemptSpecification]? = nil
    ) {
        self.messageGroupsList = messageGroupsList
        self.maxRetries = maxRetries
        self.allowInterrupt = allowInterrupt
        self.messageSelectionStrategy = messageSelectionStrategy
        self.promptAttemptsSpecification = promptAttemptsSpecification
    }
}

/// A response that expects no answer: closing, declination, failure, success messages.
public struct LexResponseSpecification: Codable, Sendable, Equatable {
    /// The message groups, 1...5.
    public var messageGroupsList: [LexMessageGroup]
    /// Whether the user can interrupt the response (speech).
    public var allowInterrupt: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(messageGroupsList: [LexMessageGroup], allowInterrupt: Bool? = nil) {
        self.messageGroupsList = messageGroupsList
        self.allowInterrupt = allowInterrupt
    }
}
