import MeetyDiagnostics

/// A custom slot type of a locale: either a list of values or a regular expression.
public struct SlotTypeDefinition: Sendable, Equatable {
    /// How values are matched.
    public enum Kind: Sendable, Equatable {
        /// Listed values with synonyms, resolved with the given strategy.
        case values(resolution: Located<Resolution>?, values: [SlotTypeValue])
        /// A regular expression over AMAZON.AlphaNumeric.
        case regex(Located<String>)
    }

    /// Value resolution: `original` (ORIGINAL_VALUE, default) or `top` (TOP_RESOLUTION).
    public enum Resolution: String, Sendable, Equatable, CaseIterable {
        /// ORIGINAL_VALUE: any text is accepted; listed values are training data.
        case original
        /// TOP_RESOLUTION: only listed values and synonyms are accepted.
        case top
    }

    /// The slot type's name, with the span of its key.
    public var name: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// Values or regex.
    public var kind: Kind
    /// The span of the slot type's mapping.
    public var span: SourceSpan

    /// Creates a slot type.
    public init(name: Located<String>, description: Located<String>? = nil, kind: Kind, span: SourceSpan) {
        self.name = name
        self.description = description
        self.kind = kind
        self.span = span
    }

    /// The effective resolution (`original` unless `top` was written).
    public var resolution: Resolution {
        if case .values(let resolution, _) = kind { return resolution?.value ?? .original }
        return .original
    }
}

/// One value of a slot type with its synonyms.
public struct SlotTypeValue: Sendable, Equatable {
    /// The value.
    public var value: Located<String>
    /// Synonyms that resolve to the value.
    public var synonyms: [Located<String>]

    /// Creates a value.
    public init(value: Located<String>, synonyms: [Located<String>] = []) {
        self.value = value
        self.synonyms = synonyms
    }
}
