import MeetyDiagnostics

/// What a user turn expects of the bot's answer. Every part is optional; only what is written is
/// checked, and each part keeps its span so a failure can point at the expectation that failed.
public struct TurnExpectations: Sendable, Hashable {
    /// `slots: {Name: value}`: the slot's interpreted value after the turn, or unset for `null`.
    public struct SlotValue: Sendable, Hashable {
        /// The slot name, with the span of its key.
        public var name: Located<String>
        /// The interpreted value; `nil` asserts the slot is unset. The span is the value's.
        public var value: Located<String?>

        /// Creates a slot expectation.
        public init(name: Located<String>, value: Located<String?>) {
            self.name = name
            self.value = value
        }
    }

    /// `session: {key: value}`: a session attribute after the turn; `nil` asserts it is absent.
    public struct Attribute: Sendable, Hashable {
        /// The attribute key, with the span of its key.
        public var key: Located<String>
        /// The required value; `nil` asserts the attribute is absent. The span is the value's.
        public var value: Located<String?>

        /// Creates an attribute expectation.
        public init(key: Located<String>, value: Located<String?>) {
            self.key = key
            self.value = value
        }
    }

    /// `bot:`: the reply text.
    public var reply: Located<ReplyExpectation>?
    /// `intent:`: the name of the intent that produced the reply.
    public var intent: Located<String>?
    /// `action:`: the dialog action type.
    public var action: Located<ExpectedDialogAction>?
    /// `slot:`: the slot being elicited.
    public var slotToElicit: Located<String>?
    /// `state:`: the intent state.
    public var state: Located<ExpectedIntentState>?
    /// `confirmation:`: the confirmation state.
    public var confirmation: Located<ExpectedConfirmation>?
    /// `slots:`: slot values, in author order.
    public var slots: [SlotValue]
    /// `session:`: session attributes, in author order.
    public var session: [Attribute]
    /// `hooks:`: the code hook calls the turn made, in order (`[]`: none).
    public var hooks: Located<[ExpectedHookCall]>? {
        get { flow?.hooks }
        set { flow = FlowExpectations(hooks: newValue, contexts: contexts) }
    }
    /// `contexts:`: the active contexts after the turn.
    public var contexts: Located<ContextExpectation>? {
        get { flow?.contexts }
        set { flow = FlowExpectations(hooks: hooks, contexts: newValue) }
    }
    /// The flow expectations behind one reference, absent when the turn has none: every turn is
    /// copied several times while a suite loads and runs, and few turns check flows.
    private var flow: FlowExpectations?

    /// Creates expectations; everything defaults to "not checked".
    public init(
        reply: Located<ReplyExpectation>? = nil,
        intent: Located<String>? = nil,
        action: Located<ExpectedDialogAction>? = nil,
        slotToElicit: Located<String>? = nil,
        state: Located<ExpectedIntentState>? = nil,
        confirmation: Located<ExpectedConfirmation>? = nil,
        slots: [SlotValue] = [],
        session: [Attribute] = [],
        hooks: Located<[ExpectedHookCall]>? = nil,
        contexts: Located<ContextExpectation>? = nil
    ) {
        self.reply = reply
        self.intent = intent
        self.action = action
        self.slotToElicit = slotToElicit
        self.state = state
        self.confirmation = confirmation
        self.slots = slots
        self.session = session
        self.flow = hooks == nil && contexts == nil ? nil : FlowExpectations(hooks: hooks, contexts: contexts)
    }

    /// Whether the turn checks nothing (it only drives the dialog forward).
    public var isEmpty: Bool {
        reply == nil && intent == nil && action == nil && slotToElicit == nil && state == nil
            && confirmation == nil && slots.isEmpty && session.isEmpty && flow == nil
    }
}

/// A turn's `hooks:` and `contexts:`, kept by reference.
private final class FlowExpectations: Sendable, Hashable {
    let hooks: Located<[ExpectedHookCall]>?
    let contexts: Located<ContextExpectation>?

    init(hooks: Located<[ExpectedHookCall]>?, contexts: Located<ContextExpectation>?) {
        self.hooks = hooks
        self.contexts = contexts
    }

    static func == (lhs: FlowExpectations, rhs: FlowExpectations) -> Bool {
        lhs.hooks == rhs.hooks && lhs.contexts == rhs.contexts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hooks)
        hasher.combine(contexts)
    }
}
