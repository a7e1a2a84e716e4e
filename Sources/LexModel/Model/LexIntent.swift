/// `Intent.json`: one intent of a locale.
///
/// Slots are not inlined: each lives in its own `Slots/<Slot>/Slot.json`, and the intent lists them
/// in `slotPriorities` by name. Built-in intents such as the fallback intent carry a
/// `parentIntentSignature` and the fixed identifier `FALLBCKINT`.
public struct LexIntent: Codable, Sendable, Equatable {
    /// The intent name; also its folder name.
    public var name: String
    /// The 10-character id (`FALLBCKINT` for the fallback intent).
    public var identifier: String?
    /// A description of up to 2,000 characters.
    public var description: String?
    /// The built-in intent this one extends, such as `AMAZON.FallbackIntent`.
    public var parentIntentSignature: String?
    /// Phrases that trigger the intent; `{Slot}` names a slot of this intent.
    public var sampleUtterances: [LexSampleUtterance]?
    /// The yes/no question asked before fulfillment.
    public var intentConfirmationSetting: LexIntentConfirmationSetting?
    /// The response sent when the intent is done.
    public var intentClosingSetting: LexIntentClosingSetting?
    /// What happens right after the intent is recognised.
    public var initialResponseSetting: LexInitialResponseSetting?
    /// Contexts that must be active for the intent to be recognised.
    public var inputContexts: [LexInputContext]?
    /// Contexts activated when the intent is fulfilled.
    public var outputContexts: [LexOutputContext]?
    /// The Kendra index of an `AMAZON.KendraSearchIntent`.
    public var kendraConfiguration: LexKendraConfiguration?
    /// Whether the Lambda runs on each turn.
    public var dialogCodeHook: LexDialogCodeHookSetting?
    /// Whether the Lambda fulfils the intent, and what follows.
    public var fulfillmentCodeHook: LexFulfillmentCodeHookSetting?
    /// Elicitation order of the slots (lower first); `[]` when there are none.
    public var slotPriorities: [LexSlotPriority]?
    /// The question-and-answer setup of an `AMAZON.QnAIntent` (needs Amazon Bedrock).
    public var qnAIntentConfiguration: LexQnAIntentConfiguration?
    /// The agent of an `AMAZON.BedrockAgentIntent` (needs Amazon Bedrock).
    public var bedrockAgentIntentConfiguration: LexBedrockAgentIntentConfiguration?
    /// The assistant of an `AMAZON.QInConnectIntent` (needs Amazon Q in Connect).
    public var qInConnectIntentConfiguration: LexQInConnectIntentConfiguration?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String,
        identifier: String? = nil,
        description: String? = nil,
        parentIntentSignature: String? = nil,
        sampleUtterances: [LexSampleUtterance]? = nil,
        intentConfirmationSetting: LexIntentConfirmationSetting? = nil,
        intentClosingSetting: LexIntentClosingSetting? = nil,
        initialResponseSetting: LexInitialResponseSetting? = nil,
        inputContexts: [LexInputContext]? = nil,
        outputContexts: [LexOutputContext]? = nil,
        kendraConfiguration: LexKendraConfiguration? = nil,
        dialogCodeHook: LexDialogCodeHookSetting? = nil,
        fulfillmentCodeHook: LexFulfillmentCodeHookSetting? = nil,
        slotPriorities: [LexSlotPriority]? = nil,
        qnAIntentConfiguration: LexQnAIntentConfiguration? = nil,
        bedrockAgentIntentConfiguration: LexBedrockAgentIntentConfiguration? = nil,
        qInConnectIntentConfiguration: LexQInConnectIntentConfiguration? = nil
    ) {
        self.name = name
        self.identifier = identifier
        self.description = description
        self.parentIntentSignature = parentIntentSignature
        self.sampleUtterances = sampleUtterances
        self.intentConfirmationSetting = intentConfirmationSetting
        self.intentClosingSetting = intentClosingSetting
        self.initialResponseSetting = initialResponseSetting
        self.inputContexts = inputContexts
        self.outputContexts = outputContexts
        self.kendraConfiguration = kendraConfiguration
        self.dialogCodeHook = dialogCodeHook
        self.fulfillmentCodeHook = fulfillmentCodeHook
        self.slotPriorities = slotPriorities
        self.qnAIntentConfiguration = qnAIntentConfiguration
        self.bedrockAgentIntentConfiguration = bedrockAgentIntentConfiguration
        self.qInConnectIntentConfiguration = qInConnectIntentConfiguration
    }
}

/// One sample utterance, `{"utterance": "book a meeting on {MeetingDate}"}`.
public struct LexSampleUtterance: Codable, Sendable, Equatable {
    /// The text; `{Slot}` placeholders name slots.
    public var utterance: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(utterance: String) {
        self.utterance = utterance
    }
}

/// A slot's place in the elicitation order; the export names the slot, the API uses its id.
public struct LexSlotPriority: Codable, Sendable, Equatable {
    /// Lower numbers are elicited first, 0...100.
    public var priority: Int
    /// The slot's name.
    public var slotName: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(priority: Int, slotName: String) {
        self.priority = priority
        self.slotName = slotName
    }
}
