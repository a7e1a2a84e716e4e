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
    public var hooks: Located<[ExpectedHookCall]>?
    /// `contexts:`: the active contexts after the turn.
    public var contexts: Located<ContextExpectation>?

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
        self.hooks = hooks
        self.contexts = contexts
    }

    /// Whether the turn checks nothing (it only drives the dialog forward).
    public var isEmpty: Bool {
        reply == nil && intent == nil && action == nil && slotToElicit == nil && state == nil
            && confirmation == nil && slots.isEmpty && session.isEmpty && hooks == nil && contexts == nil
    }
}
