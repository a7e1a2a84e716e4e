import MeetyDiagnostics

/// A slot of an intent.
public struct SlotDefinition: Sendable, Equatable {
    /// The slot's name, with the span of its key.
    public var name: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// A built-in type (`AMAZON.Date`) or a slot type of the locale.
    public var type: Located<String>
    /// Whether the slot is required (default true).
    public var required: Located<Bool>?
    /// The elicitation prompt; required slots must have one.
    public var prompt: MessageDefinition?
    /// Slot sample utterances (at most 10), such as "my name is {FullName}".
    public var utterances: [Located<String>]
    /// Retries after the first prompt, 0...5 (default 2).
    public var retries: Located<Int>?
    /// Said when retries run out, before the fallback intent.
    public var failure: MessageDefinition?
    /// What follows the failure message (`failure: {then, branches, else}`), when written.
    public var failureFlow: FlowContinuation?
    /// What follows a captured value (`captured`), when written.
    public var captured: OutcomeDefinition?
    /// The dialog code hook of the capture step (`hook`).
    public var hook: StepHookDefinition?
    /// The code hook called after each elicitation attempt (`elicitationHook`), when written.
    public var elicitationHook: ElicitationHookDefinition?
    /// Default values, tried in order before the slot is elicited (`default`).
    public var defaultValues: [Located<String>]
    /// Whether the slot takes several values (`multipleValues`).
    public var multipleValues: Located<Bool>?
    /// The span of the slot's mapping.
    public var span: SourceSpan

    /// Creates a slot.
    public init(
        name: Located<String>,
        description: Located<String>? = nil,
        type: Located<String>,
        required: Located<Bool>? = nil,
        prompt: MessageDefinition? = nil,
        utterances: [Located<String>] = [],
        retries: Located<Int>? = nil,
        failure: MessageDefinition? = nil,
        failureFlow: FlowContinuation? = nil,
        captured: OutcomeDefinition? = nil,
        hook: StepHookDefinition? = nil,
        elicitationHook: ElicitationHookDefinition? = nil,
        defaultValues: [Located<String>] = [],
        multipleValues: Located<Bool>? = nil,
        span: SourceSpan
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.required = required
        self.prompt = prompt
        self.utterances = utterances
        self.retries = retries
        self.failure = failure
        self.failureFlow = failureFlow
        self.captured = captured
        self.hook = hook
        self.elicitationHook = elicitationHook
        self.defaultValues = defaultValues
        self.multipleValues = multipleValues
        self.span = span
    }

    /// Whether the slot takes several values.
    public var isMultiValued: Bool { multipleValues?.value ?? false }

    /// The default number of retries (Lex's console default).
    public static let defaultRetries = 2

    /// Whether the slot is required.
    public var isRequired: Bool { required?.value ?? true }

    /// The effective number of retries.
    public var maxRetries: Int { retries?.value ?? Self.defaultRetries }
}

/// An intent's confirmation prompt and its responses.
public struct ConfirmationDefinition: Sendable, Equatable {
    /// The yes/no question.
    public var prompt: MessageDefinition
    /// Said when the user declines.
    public var declined: MessageDefinition?
    /// Said when retries run out, before the fallback intent.
    public var failure: MessageDefinition?
    /// Retries after the first prompt, 0...5 (default 2).
    public var retries: Located<Int>?
    /// What follows a yes (`confirmed`), when written.
    public var confirmed: OutcomeDefinition?
    /// What follows the declined message (`declined: {then, branches, else}`), when written.
    public var declinedFlow: FlowContinuation?
    /// What follows the failure message (`failure: {then, branches, else}`), when written.
    public var failureFlow: FlowContinuation?
    /// The dialog code hook of the confirmation step (`hook`).
    public var hook: StepHookDefinition?
    /// The code hook called after each confirmation attempt (`elicitationHook`), when written.
    public var elicitationHook: ElicitationHookDefinition?
    /// The span of the confirmation mapping.
    public var span: SourceSpan

    /// Creates a confirmation.
    public init(
        prompt: MessageDefinition,
        declined: MessageDefinition? = nil,
        failure: MessageDefinition? = nil,
        retries: Located<Int>? = nil,
        confirmed: OutcomeDefinition? = nil,
        declinedFlow: FlowContinuation? = nil,
        failureFlow: FlowContinuation? = nil,
        hook: StepHookDefinition? = nil,
        elicitationHook: ElicitationHookDefinition? = nil,
        span: SourceSpan
    ) {
        self.prompt = prompt
        self.declined = declined
        self.failure = failure
        self.retries = retries
        self.confirmed = confirmed
        self.declinedFlow = declinedFlow
        self.failureFlow = failureFlow
        self.hook = hook
        self.elicitationHook = elicitationHook
        self.span = span
    }
}
