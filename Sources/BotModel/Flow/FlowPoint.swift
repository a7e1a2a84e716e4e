import MeetyDiagnostics

/// One point of an intent's conversation flow where Lex may say a response and then moves on
/// (a slot captured, a confirmation declined, a code hook returned, the closing...), with the
/// next step that applies there once the bot format's defaults are filled in.
///
/// The compiler writes each point's response, next step and conditional, and the validation rules
/// check them, from this one list (`IntentDefinition.flowPoints(fallbackIntent:)`), so what is
/// checked is what is compiled.
public struct FlowPoint: Sendable {
    /// Which point.
    public var kind: Kind
    /// The response said at this point.
    public var message: MessageDefinition?
    /// The next step and branches as written, if any.
    public var flow: FlowContinuation?
    /// The next step Lex takes: written, implied by the format's defaults, or `nil` when none is
    /// written and Lex follows its default path.
    public var next: EffectiveNextStep?

    /// Creates a point.
    public init(kind: Kind, message: MessageDefinition?, flow: FlowContinuation?, next: EffectiveNextStep?) {
        self.kind = kind
        self.message = message
        self.flow = flow
        self.next = next
    }

    /// The conditional branches written at this point.
    public var branches: [BranchDefinition] { flow?.branches ?? [] }

    /// The kinds of points.
    public enum Kind: Sendable, Hashable {
        /// Right after the intent is recognised.
        case initialResponse
        /// A slot's value was captured.
        case slotCaptured(String)
        /// A slot's retries ran out.
        case slotFailed(String)
        /// The user confirmed.
        case confirmed
        /// The user declined.
        case declined
        /// The confirmation's retries ran out.
        case confirmationFailed
        /// A step's code hook succeeded.
        case hookSucceeded(HookOwner)
        /// A step's code hook failed.
        case hookFailed(HookOwner)
        /// A step's code hook timed out.
        case hookTimedOut(HookOwner)
        /// Fulfillment succeeded.
        case fulfilled
        /// The fulfillment hook failed.
        case fulfillmentFailed
        /// The fulfillment hook timed out.
        case fulfillmentTimedOut
        /// The closing response.
        case closing

        /// The point as messages name it: `the capture of slot 'MeetingTime'`.
        public var description: String {
            switch self {
            case .initialResponse: "the initial response"
            case .slotCaptured(let slot): "the capture of slot '\(slot)'"
            case .slotFailed(let slot): "the failure of slot '\(slot)'"
            case .confirmed: "the confirmed answer"
            case .declined: "the declined answer"
            case .confirmationFailed: "the failure of the confirmation"
            case .hookSucceeded(let owner): "the success of the code hook of \(owner.description)"
            case .hookFailed(let owner): "the failure of the code hook of \(owner.description)"
            case .hookTimedOut(let owner): "the timeout of the code hook of \(owner.description)"
            case .fulfilled: "the fulfillment's success"
            case .fulfillmentFailed: "the fulfillment's failure"
            case .fulfillmentTimedOut: "the fulfillment's timeout"
            case .closing: "the closing"
            }
        }

        /// The step whose code hook `InvokeDialogCodeHook` calls at this point, or `nil` where no
        /// step hook can be invoked (after a hook, fulfillment and the closing).
        public var hookOwner: HookOwner? {
            switch self {
            case .initialResponse: .initialResponse
            case .slotCaptured(let slot), .slotFailed(let slot): .slot(slot)
            case .confirmed, .declined, .confirmationFailed: .confirmation
            case .hookSucceeded, .hookFailed, .hookTimedOut, .fulfilled, .fulfillmentFailed, .fulfillmentTimedOut,
                .closing:
                nil
            }
        }

        /// Whether this point follows a code hook's outcome (Lex then decides the next step from
        /// the hook's answer first).
        public var isHookOutcome: Bool {
            switch self {
            case .hookSucceeded, .hookFailed, .hookTimedOut: true
            default: false
            }
        }
    }
}

/// A step that owns a dialog code hook (`hook:`).
public enum HookOwner: Sendable, Hashable {
    /// The initial response.
    case initialResponse
    /// A slot's capture.
    case slot(String)
    /// The confirmation.
    case confirmation

    /// The step as messages name it.
    public var description: String {
        switch self {
        case .initialResponse: "the initial response"
        case .slot(let slot): "slot '\(slot)'"
        case .confirmation: "the confirmation"
        }
    }
}

/// The next step that applies at a flow point.
public enum EffectiveNextStep: Sendable, Equatable {
    /// A next step the author wrote (`then:`).
    case written(NextStepDefinition)
    /// A next step the bot format implies where none is written: `EvaluateConditional` when there
    /// are branches, `InvokeDialogCodeHook` when the step has a hook, and the console's defaults
    /// (`StartIntent` of the fallback intent after a failure, `EndConversation` after a declination,
    /// a hook failure or the closing, `CloseIntent` after fulfillment when there is a closing).
    case implied(FlowAction, intent: String? = nil)

    /// The dialog action.
    public var action: FlowAction {
        switch self {
        case .written(let step): step.action.value
        case .implied(let action, _): action
        }
    }

    /// The intent `StartIntent` starts.
    public var startedIntent: String? {
        switch self {
        case .written(let step): step.action.value == .startIntent ? step.intent?.value : nil
        case .implied(let action, let intent): action == .startIntent ? intent : nil
        }
    }
}
