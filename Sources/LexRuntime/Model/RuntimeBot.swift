import CodeHooks
import LexFacts

/// The bot as the simulator runs it: what the compiled Lex model says, arranged for turn-time use.
///
/// Built once from a `LexModel` export (compiled from YAML or read from a console export), then
/// shared read-only by every session. Only the parts of the export that the documented simulator
/// semantics use are kept; everything else in the export is ignored (see docs/simulator.md).
public struct RuntimeBot: Sendable {
    /// The bot's name.
    public var name: String
    /// The bot's identifier (10 characters), reported to hooks as `bot.id`.
    public var identifier: String
    /// The locales, in the order the bot lists them.
    public var locales: [RuntimeLocale]
    /// Seconds a session lasts without input (`idleSessionTTLInSeconds`); `nil` never expires.
    public var idleSessionTTL: Int?

    /// The idle timeout a server applies to its sessions: the bot's, or Lex's default of 300 s.
    public var idleSessionTTLInSeconds: Int { idleSessionTTL ?? 300 }

    /// Creates a runtime bot.
    public init(name: String, identifier: String, locales: [RuntimeLocale], idleSessionTTL: Int? = nil) {
        self.name = name
        self.identifier = identifier
        self.locales = locales
        self.idleSessionTTL = idleSessionTTL
    }

    /// The locale with the given id.
    public func locale(_ id: String) -> RuntimeLocale? {
        locales.first { $0.id == id }
    }
}

/// One locale: its intents in locale order, its custom slot types and its NLU threshold.
public struct RuntimeLocale: Sendable {
    /// The locale id, e.g. `en_US`.
    public var id: String
    /// The NLU confidence threshold: below it, the fallback intent wins.
    public var confidenceThreshold: Double
    /// Every intent, fallback included, in locale order (ties in classification go to the earlier one).
    public var intents: [RuntimeIntent]
    /// Custom slot types by name.
    public var slotTypes: [String: CustomSlotType]

    /// Creates a locale.
    public init(id: String, confidenceThreshold: Double, intents: [RuntimeIntent], slotTypes: [String: CustomSlotType])
    {
        self.id = id
        self.confidenceThreshold = confidenceThreshold
        self.intents = intents
        self.slotTypes = slotTypes
    }

    /// The intent with the given name.
    public func intent(_ name: String) -> RuntimeIntent? {
        intents.first { $0.name == name }
    }

    /// The locale's fallback intent (parent AMAZON.FallbackIntent), if it has one.
    public var fallbackIntent: RuntimeIntent? {
        intents.first { $0.isFallback }
    }
}

/// An intent as the dialog engine needs it.
public struct RuntimeIntent: Sendable {
    /// The intent name.
    public var name: String
    /// Whether this is the fallback intent.
    public var isFallback: Bool
    /// The built-in intent it is made from (`AMAZON.HelpIntent`), if any (`parentIntentSignature`).
    public var parentSignature: String?
    /// Sample utterances as written (with `{Slot}` placeholders).
    public var utterances: [String]
    /// Slots in priority order (lowest priority number first).
    public var slots: [RuntimeSlot]
    /// Whether the dialog code hook is enabled.
    public var dialogHook: Bool
    /// Whether the fulfillment code hook is enabled.
    public var fulfillmentHook: Bool
    /// The confirmation, if active.
    public var confirmation: RuntimeConfirmation?
    /// The closing response, if active.
    public var closing: [MessageGroupSpec]
    /// The conversation flow (initial response, next steps, contexts); `.none` runs the default flow.
    public var flow: RuntimeIntentFlow {
        _read { yield flowBox.value }
        set { flowBox = FlowBox(newValue) }
    }
    /// The flow behind one reference: intents are copied on every turn, and a flow has many parts.
    private var flowBox: FlowBox<RuntimeIntentFlow>

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
        self.name = name
        self.isFallback = isFallback || parentSignature == LexBuiltIns.fallbackIntent
        self.parentSignature = parentSignature
        self.utterances = utterances
        self.slots = slots
        self.dialogHook = dialogHook
        self.fulfillmentHook = fulfillmentHook
        self.confirmation = confirmation
        self.closing = closing
        self.flowBox = FlowBox(flow)
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

/// A slot as the dialog engine needs it.
public struct RuntimeSlot: Sendable {
    /// The slot name.
    public var name: String
    /// The slot type: a built-in (`AMAZON.Date`) or a custom type of the locale.
    public var type: String
    /// Whether the slot is elicited (required) or only filled from utterances and hooks.
    public var required: Bool
    /// The elicitation prompt.
    public var prompt: [MessageGroupSpec]
    /// Failed attempts allowed before the intent fails (prompts = maxRetries + 1).
    public var maxRetries: Int
    /// Slot sample utterances ("my name is {FullName}").
    public var utterances: [String]
    /// Said when retries run out, before the fallback intent's closing.
    public var failure: [MessageGroupSpec]
    /// Capture and failure steps, code hooks, default values, multiple values.
    public var flow: RuntimeSlotFlow {
        _read { yield flowBox.value }
        set { flowBox = FlowBox(newValue) }
    }
    private var flowBox: FlowBox<RuntimeSlotFlow>

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
        self.name = name
        self.type = type
        self.required = required
        self.prompt = prompt
        self.maxRetries = maxRetries
        self.utterances = utterances
        self.failure = failure
        self.flowBox = FlowBox(flow)
    }
}

/// An intent's confirmation prompt and responses.
public struct RuntimeConfirmation: Sendable {
    /// The yes/no question.
    public var prompt: [MessageGroupSpec]
    /// Failed attempts allowed before the intent fails.
    public var maxRetries: Int
    /// Said when the user declines.
    public var declination: [MessageGroupSpec]
    /// Said when retries run out, before the fallback intent's closing.
    public var failure: [MessageGroupSpec]
    /// What follows yes, no and running out of retries, and the confirmation's hooks.
    public var flow: RuntimeConfirmationFlow {
        _read { yield flowBox.value }
        set { flowBox = FlowBox(newValue) }
    }
    private var flowBox: FlowBox<RuntimeConfirmationFlow>

    /// Creates a confirmation.
    public init(
        prompt: [MessageGroupSpec],
        maxRetries: Int = 2,
        declination: [MessageGroupSpec] = [],
        failure: [MessageGroupSpec] = [],
        flow: RuntimeConfirmationFlow = .none
    ) {
        self.prompt = prompt
        self.maxRetries = maxRetries
        self.declination = declination
        self.failure = failure
        self.flowBox = FlowBox(flow)
    }
}

/// One message group: a message and its variations (plain text; `{Slot}` and `[attr]` unexpanded).
public struct MessageGroupSpec: Sendable, Equatable {
    /// The main message.
    public var message: String
    /// Alternatives picked instead of the main message when a seed is set.
    public var variations: [String]

    /// Creates a message group.
    public init(message: String, variations: [String] = []) {
        self.message = message
        self.variations = variations
    }
}

/// An immutable value behind a reference, so copying its holder costs one reference count.
final class FlowBox<Value: Sendable>: Sendable {
    /// The value.
    let value: Value

    /// Boxes `value`.
    init(_ value: Value) {
        self.value = value
    }
}
