/// An intent's conversation flow beyond its prompts: the initial response, what follows
/// fulfillment and closing, and its contexts (docs/simulator.md, "Conversation flows").
///
/// Every part defaults to "not configured", which runs the default flow (the Lex V2 default
/// path, with the dialog hook after every input), so a bot built without flows behaves as before.
public struct RuntimeIntentFlow: Sendable {
    /// Said after the intent is recognised, before anything else (`initialResponse`).
    public var initialResponse: [MessageGroupSpec]
    /// Where the dialog goes after the initial response.
    public var initial: FlowPath
    /// The initial response's code hook step.
    public var initialCodeHook: FlowCodeHook?
    /// What follows the fulfillment step; `nil` when the intent configures nothing after it (the
    /// closing response follows a success, as before the 2022 flow change).
    public var fulfillment: RuntimeFulfillmentFlow?
    /// Where the dialog goes after the closing response.
    public var closing: FlowPath
    /// Contexts that must all be active for the intent to be recognised.
    public var inputContexts: [String]
    /// Contexts the intent activates when it is fulfilled.
    public var outputContexts: [RuntimeOutputContext]

    /// Creates a flow; every part defaults to "not configured".
    public init(
        initialResponse: [MessageGroupSpec] = [],
        initial: FlowPath = .none,
        initialCodeHook: FlowCodeHook? = nil,
        fulfillment: RuntimeFulfillmentFlow? = nil,
        closing: FlowPath = .none,
        inputContexts: [String] = [],
        outputContexts: [RuntimeOutputContext] = []
    ) {
        self.initialResponse = initialResponse
        self.initial = initial
        self.initialCodeHook = initialCodeHook
        self.fulfillment = fulfillment
        self.closing = closing
        self.inputContexts = inputContexts
        self.outputContexts = outputContexts
    }

    /// The flow of an intent that configures nothing.
    public static let none = RuntimeIntentFlow()
}

/// What follows each outcome of fulfillment (`postFulfillmentStatusSpecification`).
public struct RuntimeFulfillmentFlow: Sendable {
    /// After success (the hook delegated or closed the intent as `Fulfilled`, or no hook ran).
    public var success: FlowOutcome
    /// After failure (the hook threw or closed the intent as `Failed`).
    public var failure: FlowOutcome
    /// After a timeout.
    public var timeout: FlowOutcome

    /// Creates the outcomes.
    public init(
        success: FlowOutcome = FlowOutcome(), failure: FlowOutcome = FlowOutcome(), timeout: FlowOutcome = FlowOutcome()
    ) {
        self.success = success
        self.failure = failure
        self.timeout = timeout
    }
}

/// A context an intent activates when fulfilled.
public struct RuntimeOutputContext: Sendable, Equatable {
    /// The context name.
    public var name: String
    /// How long it stays active.
    public var timeToLiveInSeconds: Int
    /// For how many later turns it stays active.
    public var turnsToLive: Int

    /// Creates an output context.
    public init(name: String, timeToLiveInSeconds: Int, turnsToLive: Int) {
        self.name = name
        self.timeToLiveInSeconds = timeToLiveInSeconds
        self.turnsToLive = turnsToLive
    }
}

/// A slot's flow: capture and failure steps, its code hooks, default values and whether it takes
/// several values.
public struct RuntimeSlotFlow: Sendable {
    /// Said when a value is captured (`captureResponse`).
    public var captureResponse: [MessageGroupSpec]
    /// Where the dialog goes after a capture.
    public var onCapture: FlowPath
    /// Where the dialog goes when retries run out (default: the fallback intent).
    public var onFailure: FlowPath
    /// The slot's code hook step (run by an `InvokeDialogCodeHook` after capture or failure).
    public var codeHook: FlowCodeHook?
    /// The hook called on each answer; `nil` when not configured (the intent's dialog hook then runs
    /// on each answer when it is enabled, the default flow).
    public var elicitationHook: FlowElicitationHook?
    /// Default values in order: a constant, `[sessionAttribute]`, `<requestAttribute>` or
    /// `#context.parameter`.
    public var defaultValues: [String]
    /// Whether the slot takes a list of values (`shape: List`).
    public var allowsMultipleValues: Bool

    /// Creates a slot flow; every part defaults to "not configured".
    public init(
        captureResponse: [MessageGroupSpec] = [],
        onCapture: FlowPath = .none,
        onFailure: FlowPath = .none,
        codeHook: FlowCodeHook? = nil,
        elicitationHook: FlowElicitationHook? = nil,
        defaultValues: [String] = [],
        allowsMultipleValues: Bool = false
    ) {
        self.captureResponse = captureResponse
        self.onCapture = onCapture
        self.onFailure = onFailure
        self.codeHook = codeHook
        self.elicitationHook = elicitationHook
        self.defaultValues = defaultValues
        self.allowsMultipleValues = allowsMultipleValues
    }

    /// The flow of a slot that configures nothing.
    public static let none = RuntimeSlotFlow()
}

/// The confirmation's flow: what follows yes, no and running out of retries, and its hooks.
public struct RuntimeConfirmationFlow: Sendable {
    /// Said when the user confirms (`confirmationResponse`).
    public var confirmationResponse: [MessageGroupSpec]
    /// Where the dialog goes after a yes (default: fulfillment).
    public var onConfirm: FlowPath
    /// Where the dialog goes after a no (default: the intent ends as `Failed`).
    public var onDecline: FlowPath
    /// Where the dialog goes when retries run out (default: the fallback intent).
    public var onFailure: FlowPath
    /// The confirmation's code hook step.
    public var codeHook: FlowCodeHook?
    /// The hook called on each answer; `nil` when not configured.
    public var elicitationHook: FlowElicitationHook?

    /// Creates a confirmation flow; every part defaults to "not configured".
    public init(
        confirmationResponse: [MessageGroupSpec] = [],
        onConfirm: FlowPath = .none,
        onDecline: FlowPath = .none,
        onFailure: FlowPath = .none,
        codeHook: FlowCodeHook? = nil,
        elicitationHook: FlowElicitationHook? = nil
    ) {
        self.confirmationResponse = confirmationResponse
        self.onConfirm = onConfirm
        self.onDecline = onDecline
        self.onFailure = onFailure
        self.codeHook = codeHook
        self.elicitationHook = elicitationHook
    }

    /// The flow of a confirmation that configures nothing.
    public static let none = RuntimeConfirmationFlow()
}
