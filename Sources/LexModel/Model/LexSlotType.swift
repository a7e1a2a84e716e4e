/// `SlotType.json`: a custom slot type of a locale, in `SlotTypes/<Type>/`.
///
/// Built-in types (`AMAZON.Date`) have no file. A regex type extends `AMAZON.AlphaNumeric` through
/// `parentSlotTypeSignature` and `valueSelectionSetting.regexFilter` and has no values.
public struct LexSlotType: Codable, Sendable, Equatable {
    /// The slot type name; also its folder name and how slots refer to it.
    public var name: String
    /// The 10-character id.
    public var identifier: String?
    /// A description of up to 2,000 characters.
    public var description: String?
    /// The values, 1...10,000; `null`, never `[]`, when there are none.
    public var slotTypeValues: [LexSlotTypeValue]?
    /// The built-in type extended, such as `AMAZON.AlphaNumeric` for a regex type.
    public var parentSlotTypeSignature: String?
    /// How values are resolved.
    public var valueSelectionSetting: LexValueSelectionSetting?
    /// The sub-slots of a composite type (left out of written files when absent).
    public var compositeSlotTypeSetting: LexCompositeSlotTypeSetting?
    /// The grammar of a grammar slot type (left out of written files when absent).
    public var externalSourceSetting: LexExternalSourceSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String,
        identifier: String? = nil,
        description: String? = nil,
        slotTypeValues: [LexSlotTypeValue]? = nil,
        parentSlotTypeSignature: String? = nil,
        valueSelectionSetting: LexValueSelectionSetting? = nil,
        compositeSlotTypeSetting: LexCompositeSlotTypeSetting? = nil,
        externalSourceSetting: LexExternalSourceSetting? = nil
    ) {
        self.name = name
        self.identifier = identifier
        self.description = description
        self.slotTypeValues = slotTypeValues
        self.parentSlotTypeSignature = parentSlotTypeSignature
        self.valueSelectionSetting = valueSelectionSetting
        self.compositeSlotTypeSetting = compositeSlotTypeSetting
        self.externalSourceSetting = externalSourceSetting
    }
}

/// One value of a slot type and the synonyms that resolve to it.
public struct LexSlotTypeValue: Codable, Sendable, Equatable {
    /// The value, 1...140 characters.
    public var sampleValue: LexTextValue
    /// Synonyms, 1...10,000; `null`, never `[]`, when there are none.
    public var synonyms: [LexTextValue]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(sampleValue: LexTextValue, synonyms: [LexTextValue]? = nil) {
        self.sampleValue = sampleValue
        self.synonyms = synonyms
    }
}

/// How a slot type resolves input.
public struct LexValueSelectionSetting: Codable, Sendable, Equatable {
    /// `ORIGINAL_VALUE` or `TOP_RESOLUTION` (`CONCATENATION` for composite types).
    public var resolutionStrategy: LexResolutionStrategy
    /// The pattern of a regex slot type.
    public var regexFilter: LexRegexFilter?
    /// Speech recognition of the values (left out of written files when absent).
    public var advancedRecognitionSetting: LexAdvancedRecognitionSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        resolutionStrategy: LexResolutionStrategy, regexFilter: LexRegexFilter? = nil,
        advancedRecognitionSetting: LexAdvancedRecognitionSetting? = nil
    ) {
        self.resolutionStrategy = resolutionStrategy
        self.regexFilter = regexFilter
        self.advancedRecognitionSetting = advancedRecognitionSetting
    }
}

/// The regular expression a regex slot type accepts.
public struct LexRegexFilter: Codable, Sendable, Equatable {
    /// The pattern, 1...300 characters (letters, digits, `\uXXXX`, bounded repeats).
    public var pattern: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(pattern: String) {
        self.pattern = pattern
    }
}
