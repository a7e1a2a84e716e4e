/// A "next step": where the dialog goes after a step of the conversation flow.
///
/// In exports `sessionAttributes` and `intent.slots` are JSON objects (maps), as in the API;
/// CloudFormation spells them as lists of `{Key, Value}` and `{SlotName, SlotValueOverride}`.
public struct LexDialogState: Codable, Sendable, Equatable {
    /// What to do next.
    public var dialogAction: LexDialogAction?
    /// The intent to switch to and slot values to set.
    public var intent: LexIntentOverride?
    /// Session attributes to set.
    public var sessionAttributes: [String: String]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        dialogAction: LexDialogAction? = nil,
        intent: LexIntentOverride? = nil,
        sessionAttributes: [String: String]? = nil
    ) {
        self.dialogAction = dialogAction
        self.intent = intent
        self.sessionAttributes = sessionAttributes
    }
}

/// The action of a next step.
public struct LexDialogAction: Codable, Sendable, Equatable {
    /// What happens next.
    public var type: LexDialogActionType
    /// The slot to prompt for, with `ElicitSlot`.
    public var slotToElicit: String?
    /// True to skip the message of the next step.
    public var suppressNextMessage: Bool?
    /// `intentsInScope`, which exports from 2025 write (as `null`) and no API model describes; kept
    /// as written, left out of written files when absent.
    public var intentsInScope: JSONValue?

    /// Creates a value; absent optional keys are written as `null` (`intentsInScope`: left out).
    public init(
        type: LexDialogActionType, slotToElicit: String? = nil, suppressNextMessage: Bool? = nil,
        intentsInScope: JSONValue? = nil
    ) {
        self.type = type
        self.slotToElicit = slotToElicit
        self.suppressNextMessage = suppressNextMessage
        self.intentsInScope = intentsInScope
    }
}

/// The intent a next step switches to, and slot values it sets.
public struct LexIntentOverride: Codable, Sendable, Equatable {
    /// The intent to switch to (with `StartIntent`), or `null` for the current one.
    public var name: String?
    /// Slot values to set, by slot name.
    public var slots: [String: LexSlotValueOverride]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(name: String? = nil, slots: [String: LexSlotValueOverride]? = nil) {
        self.name = name
        self.slots = slots
    }
}

/// A slot value set by a next step.
public struct LexSlotValueOverride: Codable, Sendable, Equatable {
    /// `Scalar` or `List`.
    public var shape: LexSlotShape?
    /// The value of a scalar slot.
    public var value: LexSlotValue?
    /// The values of a list slot.
    public var values: [LexSlotValueOverride]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(shape: LexSlotShape? = nil, value: LexSlotValue? = nil, values: [LexSlotValueOverride]? = nil) {
        self.shape = shape
        self.value = value
        self.values = values
    }
}

/// The value a next step puts in a slot.
public struct LexSlotValue: Codable, Sendable, Equatable {
    /// The value; `null` clears the slot so it is elicited again.
    public var interpretedValue: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(interpretedValue: String? = nil) {
        self.interpretedValue = interpretedValue
    }
}
