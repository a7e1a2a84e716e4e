/// A custom slot type as the simulator needs it: values with synonyms, a resolution strategy,
/// and an optional regex filter.
///
/// A small value type of the runtime's own, so that slot resolution does not depend on how the
/// Lex export model spells things; the engine maps each `SlotType.json` (`slotTypeValues`,
/// `valueSelectionSetting.resolutionStrategy`, `valueSelectionSetting.regexFilter.pattern`) to one.
public struct CustomSlotType: Hashable, Sendable {
    /// How a custom slot type turns text into a value (`valueSelectionSetting.resolutionStrategy`).
    public enum ResolutionStrategy: String, Hashable, Sendable, CaseIterable {
        /// "Expand values": any text is accepted as said; a listed value or synonym is also
        /// reported in `resolvedValues`.
        case originalValue = "ORIGINAL_VALUE"
        /// "Restrict to slot values": only listed values and synonyms resolve, to the listed value.
        case topResolution = "TOP_RESOLUTION"
    }

    /// One listed value and the synonyms that resolve to it.
    public struct Value: Hashable, Sendable {
        /// The value reported as the slot's value (`sampleValue.value`).
        public var value: String
        /// Other ways of saying it.
        public var synonyms: [String]

        /// Creates a value with its synonyms.
        public init(_ value: String, synonyms: [String] = []) {
            self.value = value
            self.synonyms = synonyms
        }
    }

    /// The slot type's name, as slots refer to it.
    public var name: String
    /// The listed values, in author order (earlier values win when two share a spelling).
    public var values: [Value]
    /// The resolution strategy; Lex's default is ORIGINAL_VALUE.
    public var resolutionStrategy: ResolutionStrategy
    /// The regex filter's pattern for a type whose parent is AMAZON.AlphaNumeric, else nil.
    public var regexPattern: String?

    /// Creates a custom slot type.
    public init(
        name: String, values: [Value] = [], resolutionStrategy: ResolutionStrategy = .originalValue,
        regexPattern: String? = nil
    ) {
        self.name = name
        self.values = values
        self.resolutionStrategy = resolutionStrategy
        self.regexPattern = regexPattern
    }
}
