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

/// A slot of an intent.
public struct SlotDefinition: Sendable, Equatable {
    /// The slot's name, with the span of its key.
    public var name: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// A built-in type (`AMAZON.Date`) or a slot type of the locale.
    public var type: Located<String>
    /// Whether the slot is required (default true).
    public var required: Located<Bool>?
    /// The elicitation prompt; required slots must have one.
    public var prompt: MessageDefinition?
    /// Slot sample utterances (at most 10), such as "my name is {FullName}".
    public var utterances: [Located<String>]
    /// Retries after the first prompt, 0...5 (default 2).
    public var retries: Located<Int>?
    /// Said when retries run out, before the fallback intent.
    public var failure: MessageDefinition?
    /// The span of the slot's mapping.
    public var span: SourceSpan

    /// Creates a slot.
    public init(
        name: Located<String>,
        description: Located<String>? = nil,
        type: Located<String>,
        required: Located<Bool>? = nil,
        prompt: MessageDefinition? = nil,
        utterances: [Located<String>] = [],
        retries: Located<Int>? = nil,
        failure: MessageDefinition? = nil,
        span: SourceSpan
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.required = required
        self.prompt = prompt
        self.utterances = utterances
        self.retries = retries
        self.failure = failure
        self.span = span
    }

    /// The default number of retries (Lex's console default).
    public static let defaultRetries = 2

    /// Whether the slot is required.
    public var isRequired: Bool { required?.value ?? true }

    /// The effective number of retries.
    public var maxRetries: Int { retries?.value ?? Self.defaultRetries }
}

/// An intent's confirmation prompt and its responses.
public struct ConfirmationDefinition: Sendable, Equatable {
    /// The yes/no question.
    public var prompt: MessageDefinition
    /// Said when the user declines.
    public var declined: MessageDefinition?
    /// Said when retries run out, before the fallback intent.
    public var failure: MessageDefinition?
    /// Retries after the first prompt, 0...5 (default 2).
    public var retries: Located<Int>?
    /// The span of the confirmation mapping.
    public var span: SourceSpan

    /// Creates a confirmation.
    public init(
        prompt: MessageDefinition,
        declined: MessageDefinition? = nil,
        failure: MessageDefinition? = nil,
        retries: Located<Int>? = nil,
        span: SourceSpan
    ) {
        self.prompt = prompt
        self.declined = declined
        self.failure = failure
        self.retries = retries
        self.span = span
    }
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
