/// An intent as it travels in events, responses and RecognizeText results.
public struct Intent: Codable, Sendable, Equatable {
    /// The intent name.
    public var name: String
    /// Every slot of the intent; an unfilled slot is `nil` (JSON `null`).
    public var slots: [String: Slot?]?
    /// The intent's state.
    public var state: IntentState?
    /// Whether the user confirmed.
    public var confirmationState: ConfirmationState?

    /// Creates an intent.
    public init(
        name: String,
        slots: [String: Slot?]? = [:],
        state: IntentState? = nil,
        confirmationState: ConfirmationState? = nil
    ) {
        self.name = name
        self.slots = slots
        self.state = state
        self.confirmationState = confirmationState
    }

    private enum CodingKeys: String, CodingKey {
        case name, slots, state, confirmationState
    }

    /// Decodes, keeping `null` slot values as unfilled slots.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        slots = try container.decodeIfPresent([String: Slot?].self, forKey: .slots)
        state = try container.decodeIfPresent(IntentState.self, forKey: .state)
        confirmationState = try container.decodeIfPresent(ConfirmationState.self, forKey: .confirmationState)
    }

    /// Encodes, writing unfilled slots as `null` as Lex does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if let slots {
            var nested = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .slots)
            for (slotName, slot) in slots {
                try nested.encode(slot, forKey: DynamicKey(slotName))
            }
        }
        try container.encodeIfPresent(state, forKey: .state)
        try container.encodeIfPresent(confirmationState, forKey: .confirmationState)
    }

    /// The interpreted value of a slot, if it has one.
    public func interpretedValue(of slot: String) -> String? {
        (slots?[slot] ?? nil)?.value?.interpretedValue
    }
}

/// A string coding key for dictionaries whose values must be encoded explicitly.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A slot's value(s).
public struct Slot: Codable, Sendable, Equatable {
    /// `Scalar` or `List`.
    public var shape: String?
    /// The value of a scalar slot.
    public var value: SlotValue?
    /// The values of a list slot.
    public var values: [Slot]?

    /// Creates a scalar slot.
    public init(value: SlotValue, shape: String? = "Scalar") {
        self.shape = shape
        self.value = value
        self.values = nil
    }

    /// Creates a slot with every field given.
    public init(shape: String?, value: SlotValue?, values: [Slot]?) {
        self.shape = shape
        self.value = value
        self.values = values
    }
}

/// What was heard for a slot and how it resolved.
public struct SlotValue: Codable, Sendable, Equatable {
    /// What the user said.
    public var originalValue: String?
    /// The resolved value; absent when the input did not resolve (or resolved ambiguously).
    public var interpretedValue: String?
    /// Candidate resolutions, best first (up to 5).
    public var resolvedValues: [String]?

    /// Creates a slot value.
    public init(originalValue: String?, interpretedValue: String?, resolvedValues: [String]? = nil) {
        self.originalValue = originalValue
        self.interpretedValue = interpretedValue
        self.resolvedValues = resolvedValues
    }
}

/// An intent state. Open like `DialogActionType`, so unknown values reach the validator.
public struct IntentState: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The intent failed.
    public static let failed = IntentState(rawValue: "Failed")
    /// The intent was fulfilled.
    public static let fulfilled = IntentState(rawValue: "Fulfilled")
    /// Fulfillment is running.
    public static let fulfillmentInProgress = IntentState(rawValue: "FulfillmentInProgress")
    /// The dialog is collecting information.
    public static let inProgress = IntentState(rawValue: "InProgress")
    /// Everything needed is known; the client may fulfil.
    public static let readyForFulfillment = IntentState(rawValue: "ReadyForFulfillment")
    /// Waiting (streaming conversations only).
    public static let waiting = IntentState(rawValue: "Waiting")

    /// Every state Lex defines.
    public static let known: [IntentState] = [
        .failed, .fulfilled, .fulfillmentInProgress, .inProgress, .readyForFulfillment, .waiting,
    ]

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The wire value.
    public var description: String { rawValue }
}

/// Whether the user confirmed the intent.
public struct ConfirmationState: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The user said yes.
    public static let confirmed = ConfirmationState(rawValue: "Confirmed")
    /// The user said no.
    public static let denied = ConfirmationState(rawValue: "Denied")
    /// Confirmation has not happened.
    public static let none = ConfirmationState(rawValue: "None")

    /// Every state Lex defines.
    public static let known: [ConfirmationState] = [.confirmed, .denied, .none]

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The wire value.
    public var description: String { rawValue }
}
