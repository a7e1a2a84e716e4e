/// A closed set of strings the Lex export format allows for a key, such as `Required`/`Optional`.
///
/// Conforming enums decode with a message that lists the allowed values ("'Mandatory' is not one
/// of Required, Optional"), which is what a person fixing a hand-edited export needs to see.
public protocol LexEnumeration: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {}

extension LexEnumeration {
    /// Decodes one of the allowed strings, or fails naming all of them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not one of \(allowed)"
            )
        }
        self = value
    }

    /// Encodes the string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Whether a slot must be filled before the intent can be fulfilled (`slotConstraint`).
public enum LexSlotConstraint: String, LexEnumeration {
    /// The slot is elicited in priority order.
    case required = "Required"
    /// The slot is filled only from utterances or by a code hook.
    case optional = "Optional"
}

/// How a custom slot type resolves what the user said (`valueSelectionSetting.resolutionStrategy`).
public enum LexResolutionStrategy: String, LexEnumeration {
    /// Values are training data; any similar text is accepted as said.
    case originalValue = "ORIGINAL_VALUE"
    /// Only listed values and synonyms are accepted; the slot holds the listed value.
    case topResolution = "TOP_RESOLUTION"
    /// Composite slot types: the sub-slot values are concatenated.
    case concatenation = "CONCATENATION"
}

/// How Lex picks among a prompt's message groups (`messageSelectionStrategy`).
public enum LexMessageSelectionStrategy: String, LexEnumeration {
    /// A random message group each time (the console default).
    case random = "Random"
    /// Message groups in order, one per attempt.
    case ordered = "Ordered"
}

/// What a dialog step does next (`dialogAction.type` of a next step).
public enum LexDialogActionType: String, LexEnumeration {
    /// Ends the intent with its closing response.
    case closeIntent = "CloseIntent"
    /// Asks the confirmation prompt.
    case confirmIntent = "ConfirmIntent"
    /// Waits for the user to state a new intent.
    case elicitIntent = "ElicitIntent"
    /// Prompts for `slotToElicit`.
    case elicitSlot = "ElicitSlot"
    /// Switches to the intent named in the step's `intent.name`.
    case startIntent = "StartIntent"
    /// Goes to fulfillment.
    case fulfillIntent = "FulfillIntent"
    /// Ends the conversation.
    case endConversation = "EndConversation"
    /// Evaluates the step's conditional branches.
    case evaluateConditional = "EvaluateConditional"
    /// Calls the dialog code hook.
    case invokeDialogCodeHook = "InvokeDialogCodeHook"
}

/// The shape of a slot value override in a next step (`shape`).
public enum LexSlotShape: String, LexEnumeration {
    /// One value.
    case scalar = "Scalar"
    /// Several values (slots that allow multiple values).
    case list = "List"
}

/// Whether slot values are masked in conversation logs (`obfuscationSettingType`).
public enum LexObfuscationSettingType: String, LexEnumeration {
    /// Values are logged as said.
    case none = "None"
    /// Values are replaced by the slot name in logs.
    case defaultObfuscation = "DefaultObfuscation"
}
