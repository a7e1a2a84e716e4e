import MeetyDiagnostics

/// A next step as written after `then:`: the dialog action, its target, and the values it sets.
///
/// Written short as `then: ElicitSlot MeetingTime`, or long as a mapping with `action`,
/// `intent`, `slotsToSet`, `sessionAttributes` and `suppressNextMessage` (docs/bot-format.md,
/// "Conversation flows"). Compiles to a Lex `DialogState`.
public struct NextStepDefinition: Sendable, Equatable {
    /// The dialog action, at the action's word.
    public var action: Located<FlowAction>
    /// The slot `ElicitSlot` prompts for, at its name.
    public var slot: Located<String>?
    /// The intent `StartIntent` switches to, or the other intent whose slot `ElicitSlot` prompts for
    /// (`intent:`), at its name.
    public var intent: Located<String>?
    /// Slot values set before the action (`slotsToSet`), of the target intent, in author order.
    public var slotsToSet: [SlotAssignment]
    /// Session attributes set before the action (`sessionAttributes`), in author order.
    public var sessionAttributes: [AttributeAssignment]
    /// True to skip the next step's own message (`suppressNextMessage`).
    public var suppressNextMessage: Located<Bool>?
    /// The span of the whole `then:` value.
    public var span: SourceSpan

    /// Creates a next step.
    public init(
        action: Located<FlowAction>,
        slot: Located<String>? = nil,
        intent: Located<String>? = nil,
        slotsToSet: [SlotAssignment] = [],
        sessionAttributes: [AttributeAssignment] = [],
        suppressNextMessage: Located<Bool>? = nil,
        span: SourceSpan
    ) {
        self.action = action
        self.slot = slot
        self.intent = intent
        self.slotsToSet = slotsToSet
        self.sessionAttributes = sessionAttributes
        self.suppressNextMessage = suppressNextMessage
        self.span = span
    }

    /// The intent whose slots the step elicits or sets: the named one, else `current`.
    public func targetIntent(current: String) -> String { intent?.value ?? current }

    /// The step as a short phrase for messages: `ElicitSlot MeetingTime`, `StartIntent BookMeeting`.
    public var summary: String {
        let target = action.value == .startIntent ? intent?.value : slot?.value
        return [action.value.rawValue, target].compactMap { $0 }.joined(separator: " ")
    }
}

/// One slot value a next step sets (`slotsToSet: {MeetingTime: null}`).
public struct SlotAssignment: Sendable, Equatable {
    /// The slot, at its key.
    public var name: Located<String>
    /// The value.
    public var value: SlotAssignmentValue
    /// The span of the value.
    public var span: SourceSpan

    /// Creates an assignment.
    public init(name: Located<String>, value: SlotAssignmentValue, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}

/// What a next step puts in a slot.
public enum SlotAssignmentValue: Sendable, Equatable {
    /// `null`: the slot is cleared, so it can be elicited again.
    case clear
    /// One value: a constant, `[attribute]`, `{Slot}` or a `$.` path, as Lex's set-values syntax.
    case value(Located<String>)
    /// A list of values, for a multi-valued slot.
    case values([Located<String>])

    /// The texts the value holds.
    public var texts: [Located<String>] {
        switch self {
        case .clear: []
        case .value(let text): [text]
        case .values(let texts): texts
        }
    }
}

/// One session attribute a next step sets (`sessionAttributes: {offered: "yes"}`).
public struct AttributeAssignment: Sendable, Equatable {
    /// The attribute, at its key.
    public var name: Located<String>
    /// The value, at the value.
    public var value: Located<String>

    /// Creates an assignment.
    public init(name: Located<String>, value: Located<String>) {
        self.name = name
        self.value = value
    }
}
