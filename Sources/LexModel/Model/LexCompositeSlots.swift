/// The sub-slots of a composite slot type (`SlotType.json` `compositeSlotTypeSetting`), such as a
/// `CarType` made of `Color`, `Make` and `Model`. Lex allows 1...6 and only in en_US.
public struct LexCompositeSlotTypeSetting: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// The sub-slots, in order.
    public var subSlots: [LexSubSlotTypeComposition]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(subSlots: [LexSubSlotTypeComposition]? = nil) {
        self.subSlots = subSlots
    }
}

/// One sub-slot of a composite slot type: its name and slot type.
public struct LexSubSlotTypeComposition: Codable, Sendable, Equatable {
    /// The sub-slot's name; conditions and messages read it as `{slot.name}`.
    public var name: String
    /// The slot type by id, as the API names it.
    public var slotTypeId: String?
    /// The slot type by name, as CloudFormation (and exports) may name it.
    public var slotTypeName: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(name: String, slotTypeId: String? = nil, slotTypeName: String? = nil) {
        self.name = name
        self.slotTypeId = slotTypeId
        self.slotTypeName = slotTypeName
    }
}

/// How a composite slot elicits its sub-slots (`Slot.json` `subSlotSetting`).
public struct LexSubSlotSetting: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// Which sub-slots are required, with AND and OR, such as `Color AND (Make OR Model)`.
    public var expression: String?
    /// Each sub-slot's elicitation, by sub-slot name.
    public var slotSpecifications: [String: LexSubSlotSpecification]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(expression: String? = nil, slotSpecifications: [String: LexSubSlotSpecification]? = nil) {
        self.expression = expression
        self.slotSpecifications = slotSpecifications
    }
}

/// The type and elicitation of one sub-slot.
public struct LexSubSlotSpecification: Codable, Sendable, Equatable {
    /// The slot type by id.
    public var slotTypeId: String?
    /// The slot type by name.
    public var slotTypeName: String?
    /// How the sub-slot is asked for.
    public var valueElicitationSetting: LexSubSlotValueElicitationSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        slotTypeId: String? = nil, slotTypeName: String? = nil,
        valueElicitationSetting: LexSubSlotValueElicitationSetting? = nil
    ) {
        self.slotTypeId = slotTypeId
        self.slotTypeName = slotTypeName
        self.valueElicitationSetting = valueElicitationSetting
    }
}

/// How a sub-slot is asked for: a prompt, sample utterances, defaults and wait-and-continue (no
/// capture steps: those belong to the composite slot).
public struct LexSubSlotValueElicitationSetting: Codable, Sendable, Equatable {
    /// The prompt.
    public var promptSpecification: LexPromptSpecification?
    /// Answers that carry the value.
    public var sampleUtterances: [LexSampleUtterance]?
    /// Values used before it is elicited.
    public var defaultValueSpecification: LexDefaultValueSpecification?
    /// Lets the user pause.
    public var waitAndContinueSpecification: LexWaitAndContinueSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        promptSpecification: LexPromptSpecification? = nil,
        sampleUtterances: [LexSampleUtterance]? = nil,
        defaultValueSpecification: LexDefaultValueSpecification? = nil,
        waitAndContinueSpecification: LexWaitAndContinueSpecification? = nil
    ) {
        self.promptSpecification = promptSpecification
        self.sampleUtterances = sampleUtterances
        self.defaultValueSpecification = defaultValueSpecification
        self.waitAndContinueSpecification = waitAndContinueSpecification
    }
}

/// A grammar slot type's source (`SlotType.json` `externalSourceSetting`): an SRGS grammar in S3,
/// kept as written (the `grammarSlotTypeSetting` JSON) because only Lex can load it.
public struct LexExternalSourceSetting: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// `{"source": {"s3BucketName", "s3ObjectKey", "kmsKeyArn"}}`.
    public var grammarSlotTypeSetting: JSONValue?

    /// Creates a value.
    public init(grammarSlotTypeSetting: JSONValue? = nil) {
        self.grammarSlotTypeSetting = grammarSlotTypeSetting
    }
}

/// Speech recognition of a slot type's values (`valueSelectionSetting.advancedRecognitionSetting`).
public struct LexAdvancedRecognitionSetting: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// `UseSlotValuesAsCustomVocabulary` to bias speech recognition towards the values.
    public var audioRecognitionStrategy: String?

    /// Creates a value.
    public init(audioRecognitionStrategy: String? = nil) {
        self.audioRecognitionStrategy = audioRecognitionStrategy
    }
}

/// Whether Lex may use a generative model to resolve a slot it did not understand
/// (`valueElicitationSetting.slotResolutionSetting`).
public struct LexSlotResolutionSetting: Codable, Sendable, Equatable, LexOmittedWhenAbsent {
    /// `EnhancedFallback` or `Default`.
    public var slotResolutionStrategy: String

    /// Creates a value.
    public init(slotResolutionStrategy: String) {
        self.slotResolutionStrategy = slotResolutionStrategy
    }
}
