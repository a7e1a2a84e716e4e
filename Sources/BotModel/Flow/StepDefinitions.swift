import MeetyDiagnostics

/// The dialog code hook of one step (`hook:` of an initial response, a slot or a confirmation):
/// called when the step's next step is `InvokeDialogCodeHook`, with what follows each outcome.
///
/// Compiles to the step's `codeHook` (`DialogCodeHookInvocationSetting`).
public struct StepHookDefinition: Sendable, Equatable {
    /// The `invocationLabel` Lex sends to the Lambda (`label`), at its value.
    public var label: Located<String>?
    /// False to continue as if the hook succeeded without calling it (`invoke`,
    /// `enableCodeHookInvocation`); default true.
    public var invoke: Located<Bool>?
    /// What follows a successful call (`success`).
    public var success: OutcomeDefinition?
    /// What follows a failed call (`failure`).
    public var failure: OutcomeDefinition?
    /// What follows a call that timed out (`timeout`).
    public var timeout: OutcomeDefinition?
    /// The span of the `hook` value.
    public var span: SourceSpan

    /// Creates a step hook.
    public init(
        label: Located<String>? = nil, invoke: Located<Bool>? = nil, success: OutcomeDefinition? = nil,
        failure: OutcomeDefinition? = nil, timeout: OutcomeDefinition? = nil, span: SourceSpan
    ) {
        self.label = label
        self.invoke = invoke
        self.success = success
        self.failure = failure
        self.timeout = timeout
        self.span = span
    }

    /// Whether the hook is called (`invoke` is not false).
    public var invokes: Bool { invoke?.value ?? true }
}

/// The code hook called after each elicitation attempt of a slot or a confirmation
/// (`elicitationHook:`): `true`, `false`, or `{label, invoke}`.
public struct ElicitationHookDefinition: Sendable, Equatable {
    /// Whether the hook is called (`enableCodeHookInvocation`).
    public var invoke: Located<Bool>
    /// The `invocationLabel` (`label`), at its value.
    public var label: Located<String>?
    /// The span of the `elicitationHook` value.
    public var span: SourceSpan

    /// Creates an elicitation hook setting.
    public init(invoke: Located<Bool>, label: Located<String>? = nil, span: SourceSpan) {
        self.invoke = invoke
        self.label = label
        self.span = span
    }
}

/// What happens right after the intent is recognised (`initialResponse:`): a message, a next step
/// or branches, and the step's code hook.
public struct InitialResponseDefinition: Sendable, Equatable {
    /// The message, next step and branches.
    public var outcome: OutcomeDefinition
    /// The step's code hook (`hook`).
    public var hook: StepHookDefinition?

    /// Creates an initial response.
    public init(outcome: OutcomeDefinition, hook: StepHookDefinition? = nil) {
        self.outcome = outcome
        self.hook = hook
    }
}

/// What follows the fulfillment step (`fulfillment:`): one outcome per result of the fulfillment
/// code hook (`postFulfillmentStatusSpecification`).
public struct FulfillmentDefinition: Sendable, Equatable {
    /// After the intent is fulfilled (`success`).
    public var success: OutcomeDefinition?
    /// After the fulfillment hook failed (`failure`).
    public var failure: OutcomeDefinition?
    /// After the fulfillment hook timed out (`timeout`).
    public var timeout: OutcomeDefinition?
    /// The span of the `fulfillment` mapping.
    public var span: SourceSpan

    /// Creates a fulfillment setting.
    public init(
        success: OutcomeDefinition? = nil, failure: OutcomeDefinition? = nil, timeout: OutcomeDefinition? = nil,
        span: SourceSpan
    ) {
        self.success = success
        self.failure = failure
        self.timeout = timeout
        self.span = span
    }
}

/// A context an intent activates when it is fulfilled (`outputContexts: [{name, turns, ttl}]`).
public struct OutputContextDefinition: Sendable, Equatable {
    /// The context name, at its value.
    public var name: Located<String>
    /// For how many turns it stays active, 1...20 (`turns`, `turnsToLive`).
    public var turns: Located<Int>
    /// For how many seconds it stays active, 5...86400 (`ttl`, `timeToLiveInSeconds`).
    public var timeToLive: Located<Int>
    /// The span of the context's mapping.
    public var span: SourceSpan

    /// Creates an output context.
    public init(name: Located<String>, turns: Located<Int>, timeToLive: Located<Int>, span: SourceSpan) {
        self.name = name
        self.turns = turns
        self.timeToLive = timeToLive
        self.span = span
    }
}
