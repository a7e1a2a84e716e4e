/// `Slot.json`: one slot of an intent, in `Intents/<Intent>/Slots/<Slot>/`.
///
/// `slotTypeName` names a built-in type (`AMAZON.Date`) or a slot type of the locale; the API uses
/// a slot type id instead. `slotConstraint` sits inside `valueElicitationSetting`.
public struct LexSlot: Codable, Sendable, Equatable {
    /// The slot name; also its folder name and how utterances refer to it (`{Name}`).
    public var name: String
    /// The 10-character id.
    public var identifier: String?
    /// A description of up to 2,000 characters.
    public var description: String?
    /// The slot type: a built-in such as `AMAZON.Date` or a custom type's name.
    public var slotTypeName: String
    /// Whether values are masked in logs.
    public var obfuscationSetting: LexObfuscationSetting?
    /// How the value is asked for and captured.
    public var valueElicitationSetting: LexSlotValueElicitationSetting
    /// Whether the slot takes several values.
    public var multipleValuesSetting: LexMultipleValuesSetting?
    /// How a composite slot elicits its sub-slots (left out of written files when absent).
    public var subSlotSetting: LexSubSlotSetting?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String,
        identifier: String? = nil,
        description: String? = nil,
        slotTypeName: String,
        obfuscationSetting: LexObfuscationSetting? = nil,
        valueElicitationSetting: LexSlotValueElicitationSetting,
        multipleValuesSetting: LexMultipleValuesSetting? = nil,
        subSlotSetting: LexSubSlotSetting? = nil
    ) {
        self.name = name
        self.identifier = identifier
        self.description = description
        self.slotTypeName = slotTypeName
        self.obfuscationSetting = obfuscationSetting
        self.valueElicitationSetting = valueElicitationSetting
        self.multipleValuesSetting = multipleValuesSetting
        self.subSlotSetting = subSlotSetting
    }
}

/// Whether a slot's values are masked in conversation logs.
public struct LexObfuscationSetting: Codable, Sendable, Equatable {
    /// `None` or `DefaultObfuscation`.
    public var obfuscationSettingType: LexObfuscationSettingType

    /// Creates a value; absent optional keys are written as `null`.
    public init(obfuscationSettingType: LexObfuscationSettingType) {
        self.obfuscationSettingType = obfuscationSettingType
    }
}

/// Whether a slot accepts a list of values ("pepperoni and mushrooms").
public struct LexMultipleValuesSetting: Codable, Sendable, Equatable {
    /// True for a list slot.
    public var allowMultipleValues: Bool?

    /// Creates a value; absent optional keys are written as `null`.
    public init(allowMultipleValues: Bool? = nil) {
        self.allowMultipleValues = allowMultipleValues
    }
}
