import LexModel

extension RuntimeBot {
    /// The identifier of a bot whose export has none (hooks see it as `bot.id`).
    public static let placeholderIdentifier = "SIMULATED0"

    /// The runtime model of a Lex export (compiled from YAML or exported from the console).
    ///
    /// Reads what the documented simulator semantics use: utterances, slots in priority order with
    /// their constraint, prompt, retries, sample utterances and failure response, the confirmation
    /// (when active), the closing response (when active), the dialog and fulfillment hook flags,
    /// the custom slot types, the idle session timeout, and every conversation-flow setting
    /// (initial responses, next steps, conditional branches, code hook steps, post-fulfillment
    /// responses, default values, contexts, multiple values); docs/simulator.md says how each runs.
    public init(export: LexBotExport) {
        self.init(
            name: export.bot.name,
            identifier: export.bot.identifier ?? Self.placeholderIdentifier,
            locales: export.locales.map(RuntimeLocale.init(export:)),
            idleSessionTTL: export.bot.idleSessionTTLInSeconds
        )
    }
}

extension RuntimeLocale {
    /// The runtime model of one exported locale.
    public init(export: LexLocaleExport) {
        var types: [String: CustomSlotType] = [:]
        for slotType in export.slotTypes {
            types[slotType.name] = CustomSlotType(export: slotType)
        }
        self.init(
            id: export.id,
            confidenceThreshold: export.locale.nluConfidenceThreshold,
            intents: export.intents.map(RuntimeIntent.init(export:)),
            slotTypes: types
        )
    }
}

extension RuntimeIntent {
    /// The runtime model of one exported intent.
    public init(export: LexIntentExport) {
        let intent = export.intent
        var confirmation: RuntimeConfirmation?
        if let setting = intent.intentConfirmationSetting, setting.isActive ?? true {
            confirmation = RuntimeConfirmation(
                prompt: MessageGroupSpec.groups(setting.promptSpecification.messageGroupsList),
                maxRetries: setting.promptSpecification.maxRetries,
                declination: MessageGroupSpec.groups(setting.declinationResponse?.messageGroupsList),
                failure: MessageGroupSpec.groups(setting.failureResponse?.messageGroupsList),
                flow: RuntimeConfirmationFlow(export: setting, intent: intent.name)
            )
        }
        var closing: [MessageGroupSpec] = []
        if let setting = intent.intentClosingSetting, setting.isActive ?? true {
            closing = MessageGroupSpec.groups(setting.closingResponse?.messageGroupsList)
        }
        let fulfillment = intent.fulfillmentCodeHook
        self.init(
            name: intent.name,
            isFallback: intent.parentIntentSignature == "AMAZON.FallbackIntent",
            utterances: (intent.sampleUtterances ?? []).map(\.utterance),
            slots: export.slotsByPriority.map { RuntimeSlot(export: $0, intent: intent.name) },
            dialogHook: intent.dialogCodeHook?.enabled ?? false,
            fulfillmentHook: (fulfillment?.enabled ?? false) && (fulfillment?.isActive ?? true),
            confirmation: confirmation,
            closing: closing,
            parentSignature: intent.parentIntentSignature,
            flow: RuntimeIntentFlow(export: intent)
        )
    }
}

extension RuntimeSlot {
    /// The runtime model of one exported slot of `intent`.
    public init(export slot: LexSlot, intent: String) {
        let elicitation = slot.valueElicitationSetting
        self.init(
            name: slot.name,
            type: slot.slotTypeName,
            required: elicitation.slotConstraint == .required,
            prompt: MessageGroupSpec.groups(elicitation.promptSpecification?.messageGroupsList),
            maxRetries: elicitation.promptSpecification?.maxRetries ?? 2,
            utterances: (elicitation.sampleUtterances ?? []).map(\.utterance),
            failure: MessageGroupSpec.groups(elicitation.slotCaptureSetting?.failureResponse?.messageGroupsList),
            flow: RuntimeSlotFlow(export: slot, intent: intent)
        )
    }
}

extension CustomSlotType {
    /// The resolver's model of one exported custom slot type.
    public init(export slotType: LexSlotType) {
        let setting = slotType.valueSelectionSetting
        self.init(
            name: slotType.name,
            values: (slotType.slotTypeValues ?? []).map { value in
                Value(value.sampleValue.value, synonyms: (value.synonyms ?? []).map(\.value))
            },
            resolutionStrategy: setting?.resolutionStrategy == .topResolution ? .topResolution : .originalValue,
            regexPattern: setting?.regexFilter?.pattern
        )
    }
}

extension MessageGroupSpec {
    /// Message groups as the simulator says them: the text of each plain-text (or SSML or custom
    /// payload) message; image cards are said by their title.
    static func groups(_ groups: [LexMessageGroup]?) -> [MessageGroupSpec] {
        (groups ?? []).map { group in
            MessageGroupSpec(message: text(of: group.message), variations: (group.variations ?? []).map(text(of:)))
        }
    }

    private static func text(of message: LexMessage) -> String {
        message.plainTextMessage?.value ?? message.ssmlMessage?.value ?? message.customPayload?.value
            ?? message.imageResponseCard?.title ?? ""
    }
}
