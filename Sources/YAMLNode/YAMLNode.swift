import MeetyDiagnostics

/// A node of a parsed YAML document: a scalar, a mapping or a sequence, each with its span.
///
/// Scalars are kept as text with their quoting style; nothing is converted to a number or a
/// boolean here. Field decoders interpret text per field, so an utterance `no` stays the string
/// "no" and a value `yes` in a boolean field is an error at that value rather than a silent `true`.
public enum YAMLNode: Sendable {
    /// A scalar: text with its style.
    case scalar(YAMLScalar)
    /// A mapping: keys with their values, in author order.
    case mapping(YAMLMapping)
    /// A sequence of nodes.
    case sequence(YAMLSequence)

    /// Where the node was written.
    public var span: SourceSpan {
        switch self {
        case .scalar(let scalar): scalar.span
        case .mapping(let mapping): mapping.span
        case .sequence(let sequence): sequence.span
        }
    }

    /// A description of the node's kind for messages, such as "a mapping" or "the string 'x'".
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar):
            scalar.isNull ? "an empty value" : "the value '\(scalar.preview)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The mapping, if this node is one.
    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// The sequence, if this node is one.
    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// Whether the node is a null scalar (empty, `~` or `null`, unquoted).
    public var isNull: Bool { scalar?.isNull ?? false }
}

/// A scalar's text, quoting style, explicit tag and span.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written; quoted scalars are never null.
    public enum Style: Sendable, Hashable {
        /// Unquoted.
        case plain
        /// In single quotes.
        case singleQuoted
        /// In double quotes.
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// The scalar's text after YAML unescaping and folding.
    public var value: String
    /// How it was written.
    public var style: Style
    /// An explicit tag such as `!!str`, if one was written.
    public var tag: String?
    /// Where it was written.
    public var span: SourceSpan

    /// Creates a scalar.
    public init(value: String, style: Style, tag: String? = nil, span: SourceSpan) {
        self.value = value
        self.style = style
        self.tag = tag
        self.span = span
    }

    /// Whether the scalar means "no value": an unquoted empty, `~` or `null`, or an explicit `!!null`.
    public var isNull: Bool {
        if tag == "tag:yaml.org,2002:null" { return true }
        guard style == .plain, tag == nil else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// The text shortened to at most 40 characters for use inside messages.
    public var preview: String {
        let singleLine = value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
        return singleLine.count > 40 ? String(singleLine.prefix(37)) + "..." : singleLine
    }
}

/// A mapping: ordered key/value entries with the mapping's span.
///
/// Order is the author's; it is meaningful where the format says so (slot priority). Keys are
/// scalars; the parser rejects complex keys and duplicates.
public struct YAMLMapping: Sendable {
    /// One `key: value` pair.
    public struct Entry: Sendable {
        /// The key as written, with its own span.
        public var key: YAMLScalar
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: YAMLScalar, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in author order.
    public var entries: [Entry]
    /// Where the mapping was written: from its first key (or `{`) to its end.
    public var span: SourceSpan
    /// An explicit tag such as `!If`, if one was written (CloudFormation's short intrinsic forms).
    public var tag: String?

    /// Creates a mapping.
    public init(entries: [Entry], span: SourceSpan, tag: String? = nil) {
        self.entries = entries
        self.span = span
        self.tag = tag
    }

    /// The entry whose key is `key`, if any.
    public func entry(_ key: String) -> Entry? {
        entries.first { $0.key.value == key }
    }

    /// The value for `key`, if present.
    public subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }

    /// The keys in author order.
    public var keys: [String] { entries.map(\.key.value) }
}

/// A sequence of nodes with its span.
public struct YAMLSequence: Sendable {
    /// The items in order.
    public var items: [YAMLNode]
    /// Where the sequence was written.
    public var span: SourceSpan
    /// An explicit tag such as `!GetAtt`, if one was written (CloudFormation's short intrinsic forms).
    public var tag: String?

    /// Creates a sequence.
    public init(items: [YAMLNode], span: SourceSpan, tag: String? = nil) {
        self.items = items
        self.span = span
        self.tag = tag
    }
}
