/// What a condition reads when it is evaluated: the current intent's slots, the session and request
/// attributes, and the turn's input for `$.` paths.
///
/// The simulator implements it over its session state (or builds a `ConditionSnapshot`). Lookups
/// return `nil` for anything that is not set; the evaluator decides what an unset value means.
public protocol ConditionEnvironment {
    /// The value of slot `name` of the current intent, or `nil` when the slot is empty or does not
    /// exist.
    func slot(named name: String) -> ConditionSlotValue?
    /// Session attribute `name`, or `nil` when it is absent (an empty string is a value).
    func sessionAttribute(named name: String) -> String?
    /// Request attribute `name` of the current request, or `nil` when it is absent.
    func requestAttribute(named name: String) -> String?
    /// The value a `$.` path reads from the turn's input, as the Lambda input event spells it
    /// (`inputMode`, `inputTranscript`, `transcriptions[0].transcriptionConfidence`), written as
    /// text (numbers in their JSON form); `nil` when the path reads nothing.
    func inputValue(at path: ConditionPath) -> String?
}

/// A slot's value as conditions see it: the Lex V2 slot value (`originalValue`, `interpretedValue`,
/// `resolvedValues`), the list of values of a multi-valued slot, the sub-slots of a composite one,
/// and the kind of comparison its slot type calls for.
public struct ConditionSlotValue: Sendable, Hashable {
    /// How values of the slot compare (from its slot type; see `ConditionValueKind(slotType:)`).
    public var kind: ConditionValueKind
    /// What the user said.
    public var originalValue: String?
    /// The value Lex settled on; what comparisons use.
    public var interpretedValue: String?
    /// The candidate resolutions.
    public var resolvedValues: [String]
    /// The values of a multi-valued slot (`shape: List`), each a scalar; empty otherwise.
    public var values: [ConditionSlotValue]
    /// True for a multi-valued slot (`shape: List`).
    public var isList: Bool
    /// The sub-slots of a composite slot, by name.
    public var subSlots: [String: ConditionSlotValue]

    /// Creates a value; see `scalar(_:kind:)` and `list(_:kind:)` for the common cases.
    public init(
        kind: ConditionValueKind,
        originalValue: String? = nil,
        interpretedValue: String?,
        resolvedValues: [String] = [],
        values: [ConditionSlotValue] = [],
        isList: Bool = false,
        subSlots: [String: ConditionSlotValue] = [:]
    ) {
        self.kind = kind
        self.originalValue = originalValue
        self.interpretedValue = interpretedValue
        self.resolvedValues = resolvedValues
        self.values = values
        self.isList = isList
        self.subSlots = subSlots
    }

    /// A one-value slot whose original, interpreted and resolved value are `value`.
    public static func scalar(_ value: String, kind: ConditionValueKind = .text) -> ConditionSlotValue {
        ConditionSlotValue(kind: kind, originalValue: value, interpretedValue: value, resolvedValues: [value])
    }

    /// A multi-valued slot holding `values`, in order. Its own interpreted value (in Lex, the phrase
    /// the user said) is taken to be the values joined with ", ".
    public static func list(_ values: [String], kind: ConditionValueKind = .text) -> ConditionSlotValue {
        ConditionSlotValue(
            kind: kind, interpretedValue: values.joined(separator: ", "),
            values: values.map { scalar($0, kind: kind) }, isList: true)
    }

    /// Whether the slot holds a value: an interpreted value, a list value or a sub-slot value.
    public var isSet: Bool {
        interpretedValue != nil || values.contains { $0.isSet } || subSlots.values.contains { $0.isSet }
    }

    /// The text a comparison uses: for a multi-valued slot, the interpreted values of its values
    /// joined with ", " (Lex: "a comma-separated list of all interpreted values"); otherwise the
    /// interpreted value.
    public var comparedText: String? {
        guard isList, !values.isEmpty else { return interpretedValue }
        let texts = values.compactMap(\.interpretedValue)
        return texts.isEmpty ? interpretedValue : texts.joined(separator: ", ")
    }
}

/// A ready-made environment over dictionaries: what the simulator builds per turn, and what tests
/// and tools use to evaluate a condition against given values.
public struct ConditionSnapshot: ConditionEnvironment, Sendable, Hashable {
    /// Slot values by slot name; empty slots are absent.
    public var slots: [String: ConditionSlotValue]
    /// Session attributes.
    public var sessionAttributes: [String: String]
    /// Request attributes of the current request.
    public var requestAttributes: [String: String]
    /// Values of `$.` paths, keyed by the path as written (`$.inputMode`).
    public var inputValues: [String: String]

    /// Creates an environment.
    public init(
        slots: [String: ConditionSlotValue] = [:],
        sessionAttributes: [String: String] = [:],
        requestAttributes: [String: String] = [:],
        inputValues: [String: String] = [:]
    ) {
        self.slots = slots
        self.sessionAttributes = sessionAttributes
        self.requestAttributes = requestAttributes
        self.inputValues = inputValues
    }

    /// The slot's value if it is set.
    public func slot(named name: String) -> ConditionSlotValue? { slots[name] }
    /// The session attribute if present.
    public func sessionAttribute(named name: String) -> String? { sessionAttributes[name] }
    /// The request attribute if present.
    public func requestAttribute(named name: String) -> String? { requestAttributes[name] }
    /// The value stored under the path's text.
    public func inputValue(at path: ConditionPath) -> String? { inputValues[path.text] }
}
