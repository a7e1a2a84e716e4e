import CodeHooks

/// A slot as the dialog engine needs it.
public struct RuntimeSlot: Sendable {
    /// The parts behind one reference: the engine copies intents and slots many times a turn, and
    /// copying one reference costs one reference count where copying every part costs one each.
    private var parts: FlowBox<Parts>

    /// The stored parts.
    private struct Parts: Sendable {
        var name: String
        var type: String
        var required: Bool
        var prompt: [MessageGroupSpec]
        var maxRetries: Int
        var utterances: [String]
        var failure: [MessageGroupSpec]
        var flow: RuntimeSlotFlow
    }

    /// The slot name.
    public var name: String {
        _read { yield parts.value.name }
        set { parts = parts.changed { $0.name = newValue } }
    }

    /// The slot type: a built-in (`AMAZON.Date`) or a custom type of the locale.
    public var type: String {
        _read { yield parts.value.type }
        set { parts = parts.changed { $0.type = newValue } }
    }

    /// Whether the slot is elicited (required) or only filled from utterances and hooks.
    public var required: Bool {
        _read { yield parts.value.required }
        set { parts = parts.changed { $0.required = newValue } }
    }

    /// The elicitation prompt.
    public var prompt: [MessageGroupSpec] {
        _read { yield parts.value.prompt }
        set { parts = parts.changed { $0.prompt = newValue } }
    }

    /// Failed attempts allowed before the intent fails (prompts = maxRetries + 1).
    public var maxRetries: Int {
        _read { yield parts.value.maxRetries }
        set { parts = parts.changed { $0.maxRetries = newValue } }
    }

    /// Slot sample utterances ("my name is {FullName}").
    public var utterances: [String] {
        _read { yield parts.value.utterances }
        set { parts = parts.changed { $0.utterances = newValue } }
    }

    /// Said when retries run out, before the fallback intent's closing.
    public var failure: [MessageGroupSpec] {
        _read { yield parts.value.failure }
        set { parts = parts.changed { $0.failure = newValue } }
    }

    /// Capture and failure steps, code hooks, default values, multiple values.
    public var flow: RuntimeSlotFlow {
        _read { yield parts.value.flow }
        set { parts = parts.changed { $0.flow = newValue } }
    }

    /// Creates a slot.
    public init(
        name: String,
        type: String,
        required: Bool = true,
        prompt: [MessageGroupSpec] = [],
        maxRetries: Int = 2,
        utterances: [String] = [],
        failure: [MessageGroupSpec] = [],
        flow: RuntimeSlotFlow = .none
    ) {
        parts = FlowBox(
            Parts(
                name: name, type: type, required: required, prompt: prompt, maxRetries: maxRetries,
                utterances: utterances, failure: failure, flow: flow))
    }
}
