import CodeHooks
import LexFacts

/// An intent as the dialog engine needs it.
public struct RuntimeIntent: Sendable {
    /// The parts behind one reference: the engine copies intents and slots many times a turn, and
    /// copying one reference costs one reference count where copying every part costs one each.
    private var parts: FlowBox<Parts>

    /// The stored parts.
    private struct Parts: Sendable {
        var name: String
        var isFallback: Bool
        var parentSignature: String?
        var utterances: [String]
        var slots: [RuntimeSlot]
        var dialogHook: Bool
        var fulfillmentHook: Bool
        var confirmation: RuntimeConfirmation?
        var closing: [MessageGroupSpec]
        var flow: RuntimeIntentFlow
    }

    /// The intent name.
    public var name: String {
        _read { yield parts.value.name }
        set { parts = parts.changed { $0.name = newValue } }
    }

    /// Whether this is the fallback intent.
    public var isFallback: Bool {
        _read { yield parts.value.isFallback }
        set { parts = parts.changed { $0.isFallback = newValue } }
    }

    /// The built-in intent it is made from (`AMAZON.HelpIntent`), if any (`parentIntentSignature`).
    public var parentSignature: String? {
        _read { yield parts.value.parentSignature }
        set { parts = parts.changed { $0.parentSignature = newValue } }
    }

    /// Sample utterances as written (with `{Slot}` placeholders).
    public var utterances: [String] {
        _read { yield parts.value.utterances }
        set { parts = parts.changed { $0.utterances = newValue } }
    }

    /// Slots in priority order (lowest priority number first).
    public var slots: [RuntimeSlot] {
        _read { yield parts.value.slots }
        set { parts = parts.changed { $0.slots = newValue } }
    }

    /// Whether the dialog code hook is enabled.
    public var dialogHook: Bool {
        _read { yield parts.value.dialogHook }
        set { parts = parts.changed { $0.dialogHook = newValue } }
    }

    /// Whether the fulfillment code hook is enabled.
    public var fulfillmentHook: Bool {
        _read { yield parts.value.fulfillmentHook }
        set { parts = parts.changed { $0.fulfillmentHook = newValue } }
    }

    /// The confirmation, if active.
    public var confirmation: RuntimeConfirmation? {
        _read { yield parts.value.confirmation }
        set { parts = parts.changed { $0.confirmation = newValue } }
    }

    /// The closing response, if active.
    public var closing: [MessageGroupSpec] {
        _read { yield parts.value.closing }
        set { parts = parts.changed { $0.closing = newValue } }
    }

    /// The conversation flow (initial response, next steps, contexts); `.none` runs the default flow.
    public var flow: RuntimeIntentFlow {
        _read { yield parts.value.flow }
        set { parts = parts.changed { $0.flow = newValue } }
    }

    /// Creates an intent.
    public init(
        name: String,
        isFallback: Bool = false,
        utterances: [String] = [],
        slots: [RuntimeSlot] = [],
        dialogHook: Bool = false,
        fulfillmentHook: Bool = false,
        confirmation: RuntimeConfirmation? = nil,
        closing: [MessageGroupSpec] = [],
        parentSignature: String? = nil,
        flow: RuntimeIntentFlow = .none
    ) {
        parts = FlowBox(
            Parts(
                name: name, isFallback: isFallback || parentSignature == LexBuiltIns.fallbackIntent,
                parentSignature: parentSignature, utterances: utterances, slots: slots, dialogHook: dialogHook,
                fulfillmentHook: fulfillmentHook, confirmation: confirmation, closing: closing, flow: flow))
    }

    /// The slot with the given name.
    public func slot(_ name: String) -> RuntimeSlot? {
        slots.first { $0.name == name }
    }

    /// The cloud service a built-in intent needs (`AMAZON.QnAIntent` answers from Amazon Bedrock), or
    /// nil for an intent the simulator can run.
    public var cloudService: String? {
        switch parentSignature {
        case "AMAZON.KendraSearchIntent": "Amazon Kendra"
        case "AMAZON.QnAIntent": "Amazon Bedrock"
        case "AMAZON.QInConnectIntent": "Amazon Q in Connect"
        case "AMAZON.BedrockAgentIntent": "an Amazon Bedrock agent"
        default: nil
        }
    }
}
