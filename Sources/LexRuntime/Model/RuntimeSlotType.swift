/// A custom slot type as the resolver needs it: listed values with synonyms and a strategy, or a
/// regular expression over AMAZON.AlphaNumeric.
public struct RuntimeSlotType: Sendable, Equatable {
    /// How a listed type resolves what the user said.
    public enum Strategy: String, Sendable, Equatable {
        /// ORIGINAL_VALUE: listed values are examples; any text is accepted as said.
        case originalValue = "ORIGINAL_VALUE"
        /// TOP_RESOLUTION: only listed values and synonyms are accepted.
        case topResolution = "TOP_RESOLUTION"
    }

    /// One listed value and its synonyms.
    public struct Value: Sendable, Equatable {
        /// The value reported as resolved.
        public var value: String
        /// Other ways of saying it.
        public var synonyms: [String]

        /// Creates a value.
        public init(value: String, synonyms: [String] = []) {
            self.value = value
            self.synonyms = synonyms
        }
    }

    /// The type's name.
    public var name: String
    /// Listed values (empty for a regex type).
    public var values: [Value]
    /// The resolution strategy.
    public var strategy: Strategy
    /// The regex filter pattern, for a regex type.
    public var regex: String?

    /// Creates a slot type.
    public init(name: String, values: [Value], strategy: Strategy, regex: String? = nil) {
        self.name = name
        self.values = values
        self.strategy = strategy
        self.regex = regex
    }
}
