import MeetyDiagnostics

/// An intent of a locale.
public struct IntentDefinition: Sendable, Equatable {
    /// The intent's name, with the span of its key.
    public var name: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// A built-in parent such as `AMAZON.FallbackIntent`.
    public var parent: Located<String>?
    /// Sample utterances in author order; `{Slot}` names a slot of this intent.
    public var utterances: [Located<String>]
    /// Whether the dialog code hook is enabled.
    public var dialogHook: Located<Bool>?
    /// Whether the fulfillment code hook is enabled.
    public var fulfillmentHook: Located<Bool>?
    /// Slots in author order, which is their elicitation priority.
    public var slots: [SlotDefinition]
    /// The confirmation prompt, if any.
    public var confirmation: ConfirmationDefinition?
    /// The closing response, if any.
    public var closing: MessageDefinition?
    /// What follows the closing response (`closing: {then, branches, else}`), when written.
    public var closingFlow: FlowContinuation?
    /// What happens right after the intent is recognised (`initialResponse`), when written.
    public var initialResponse: InitialResponseDefinition?
    /// What follows fulfillment (`fulfillment`), when written.
    public var fulfillment: FulfillmentDefinition?
    /// Contexts that must be active for the intent to be recognised (`inputContexts`), at their names.
    public var inputContexts: [Located<String>]
    /// Contexts the intent activates when it is fulfilled (`outputContexts`).
    public var outputContexts: [OutputContextDefinition]
    /// The span of the intent's mapping.
    public var span: SourceSpan

    /// Creates an intent.
    public init(
        name: Located<String>,
        description: Located<String>? = nil,
        parent: Located<String>? = nil,
        utterances: [Located<String>] = [],
        dialogHook: Located<Bool>? = nil,
        fulfillmentHook: Located<Bool>? = nil,
        slots: [SlotDefinition] = [],
        confirmation: ConfirmationDefinition? = nil,
        closing: MessageDefinition? = nil,
        closingFlow: FlowContinuation? = nil,
        initialResponse: InitialResponseDefinition? = nil,
        fulfillment: FulfillmentDefinition? = nil,
        inputContexts: [Located<String>] = [],
        outputContexts: [OutputContextDefinition] = [],
        span: SourceSpan
    ) {
        self.name = name
        self.description = description
        self.parent = parent
        self.utterances = utterances
        self.dialogHook = dialogHook
        self.fulfillmentHook = fulfillmentHook
        self.slots = slots
        self.confirmation = confirmation
        self.closing = closing
        self.closingFlow = closingFlow
        self.initialResponse = initialResponse
        self.fulfillment = fulfillment
        self.inputContexts = inputContexts
        self.outputContexts = outputContexts
        self.span = span
    }

    /// The built-in fallback intent signature.
    public static let fallbackSignature = "AMAZON.FallbackIntent"

    /// Whether this is the locale's fallback intent.
    public var isFallback: Bool { parent?.value == Self.fallbackSignature }

    /// Whether the dialog code hook is on.
    public var usesDialogHook: Bool { dialogHook?.value ?? false }

    /// Whether the fulfillment code hook is on.
    public var usesFulfillmentHook: Bool { fulfillmentHook?.value ?? false }
}

/// A message: one string, or a list of 1...3 strings (the message and its variations).
public struct MessageDefinition: Sendable, Equatable {
    /// The message first, then its variations.
    public var variants: [Located<String>]
    /// The span of the message node.
    public var span: SourceSpan

    /// Creates a message.
    public init(variants: [Located<String>], span: SourceSpan) {
        self.variants = variants
        self.span = span
    }

    /// The first (main) text.
    public var text: String { variants.first?.value ?? "" }
}
