import CodeHooks

/// What the simulator did during one turn, for coverage reports and debugging.
///
/// Everything is named by stable keys built from the bot's entity names, so coverage can be
/// aggregated across thousands of turns and compared with what the bot defines.
public struct TurnTrace: Sendable, Equatable {
    /// A sample utterance that matched or scored best.
    public struct UtteranceUse: Sendable, Hashable {
        /// The intent the utterance belongs to.
        public var intent: String
        /// The slot, for a slot sample utterance.
        public var slot: String?
        /// The utterance's index in its list.
        public var index: Int
        /// Whether it matched exactly (confidence 1.0) rather than by similarity.
        public var exact: Bool

        /// Creates a record.
        public init(intent: String, slot: String? = nil, index: Int, exact: Bool) {
            self.intent = intent
            self.slot = slot
            self.index = index
            self.exact = exact
        }
    }

    /// One code hook invocation and what it answered.
    public struct HookCall: Sendable, Hashable {
        /// DialogCodeHook or FulfillmentCodeHook.
        public var source: InvocationSource
        /// The intent the hook was called for.
        public var intent: String
        /// The dialog action the hook answered with.
        public var action: String
        /// The intent state the hook answered with, if any.
        public var state: String?
        /// The slot the hook asked for, for ElicitSlot.
        public var slot: String?
        /// The `invocationLabel` the hook was called with.
        public var label: String?
        /// Why the call produced no answer (the hook threw or timed out), when a flow step took its
        /// failure or timeout path; `nil` when the hook answered.
        public var error: String?

        /// Creates a record.
        public init(
            source: InvocationSource, intent: String, action: String, state: String? = nil, slot: String? = nil,
            label: String? = nil, error: String? = nil
        ) {
            self.source = source
            self.intent = intent
            self.action = action
            self.state = state
            self.slot = slot
            self.label = label
            self.error = error
        }
    }

    /// A slot of a custom slot type that this turn filled from what the user said.
    public struct SlotFill: Sendable, Hashable {
        /// The slot's intent.
        public var intent: String
        /// The slot.
        public var slot: String
        /// The custom slot type.
        public var slotType: String
        /// What the user said for it.
        public var originalValue: String
        /// The value Lex resolved, if any.
        public var interpretedValue: String?
        /// The listed values the text resolved to.
        public var resolvedValues: [String]

        /// Creates a record.
        public init(
            intent: String, slot: String, slotType: String, originalValue: String, interpretedValue: String?,
            resolvedValues: [String]
        ) {
            self.intent = intent
            self.slot = slot
            self.slotType = slotType
            self.originalValue = originalValue
            self.interpretedValue = interpretedValue
            self.resolvedValues = resolvedValues
        }
    }

    /// The intent recognised this turn (a new intent started), if any.
    public var recognizedIntent: String?
    /// Utterances that matched this turn.
    public var utterances: [UtteranceUse] = []
    /// Slots the bot prompted for (as `Intent.Slot`).
    public var elicitedSlots: [String] = []
    /// Configured messages the bot said, by key (`BookMeeting.slot.FullName.prompt`, `BookMeeting.closing`, ...).
    public var messageKeys: [String] = []
    /// Code hook invocations, in order.
    public var hookCalls: [HookCall] = []
    /// Slots of custom slot types filled from the input this turn (what exercises a slot type value
    /// or synonym; slots of built-in types are not recorded).
    public var slotFills: [SlotFill] = []
    /// The intent whose fulfillment step ran this turn, if any.
    public var fulfillmentIntent: String?
    /// Whether retries ran out this turn and the fallback intent took over.
    public var retriesExhausted = false
    /// Configured next steps the flow followed, by coverage name
    /// (`CallIntent.slot.Time.failure → StartIntent(FallbackIntent)`).
    public var nextSteps: [String] {
        get { flow?.nextSteps ?? [] }
        set { flow.update { $0.nextSteps = newValue } }
    }
    /// Conditional branches taken, by coverage name (`... branch DaysGreaterThan7`, `... default branch`).
    public var branches: [String] {
        get { flow?.branches ?? [] }
        set { flow.update { $0.branches = newValue } }
    }
    /// Code hook steps and elicitation code hooks with an invocation label that the flow reached
    /// (called, or passed as successful without a call), by coverage name
    /// (`CallIntent.initial code hook CallIntent_InitialCodeHook`).
    public var hookSteps: [String] {
        get { flow?.hookSteps ?? [] }
        set { flow.update { $0.hookSteps = newValue } }
    }
    /// What a configured flow did, absent for a turn that followed only the default path: a suite
    /// keeps every trace, and most turns of most bots never take a configured step.
    fileprivate var flow: FlowSteps?

    /// Creates an empty trace.
    public init() {}
}

extension TurnTrace {
    /// Records a configured next step taken.
    mutating func note(nextStep key: String) {
        if flow == nil { flow = FlowSteps() }
        flow!.nextSteps.append(key)
    }

    /// Records a conditional branch taken.
    mutating func note(branch key: String) {
        if flow == nil { flow = FlowSteps() }
        flow!.branches.append(key)
    }

    /// Records a labelled code hook step reached.
    mutating func note(hookStep key: String) {
        if flow == nil { flow = FlowSteps() }
        flow!.hookSteps.append(key)
    }
}

/// The configured flow steps a turn took.
private struct FlowSteps: Sendable, Equatable {
    var nextSteps: [String] = []
    var branches: [String] = []
    var hookSteps: [String] = []
}

extension FlowSteps? {
    /// Changes the steps, creating them on first use.
    fileprivate mutating func update(_ change: (inout FlowSteps) -> Void) {
        var steps = self ?? FlowSteps()
        change(&steps)
        self = steps
    }
}
