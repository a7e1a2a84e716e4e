import MeetyDiagnostics

/// Reads a mapping against the set of keys a format defines, reporting unknown and missing keys.
///
/// Formats are strict: a typo such as `utterence` would otherwise silently drop data. The reader
/// reports each unknown key at its position with a did-you-mean hint, and each missing required key
/// at the mapping that lacks it.
public struct MappingReader: Sendable {
    /// The mapping being read.
    public let mapping: YAMLMapping
    /// What the mapping is, for messages: "intent 'BookMeeting'", "the bot".
    public let subject: String

    /// Starts reading `node` as a mapping.
    ///
    /// - Parameters:
    ///   - node: The node to read; anything but a mapping is a `type-mismatch` error.
    ///   - subject: What the mapping is, for messages.
    ///   - knownKeys: Every key the format allows here; others are `unknown-key` errors.
    ///   - bag: Receives the diagnostics.
    public init?(_ node: YAMLNode, subject: String, knownKeys: [String], bag: inout DiagnosticBag) {
        guard case .mapping(let mapping) = node else {
            bag.error(.typeMismatch, "expected a mapping for \(subject), found \(node.kindDescription)", at: node.span)
            return nil
        }
        self.mapping = mapping
        self.subject = subject
        for entry in mapping.entries where !knownKeys.contains(entry.key.value) {
            let hint = Suggestions.hint(for: entry.key.value, among: knownKeys)
            bag.error(.unknownKey, "unknown key '\(entry.key.preview)' in \(subject)\(hint)", at: entry.key.span)
        }
    }

    /// The value for `key`, or `nil` when absent or null.
    public subscript(key: String) -> YAMLNode? {
        guard let value = mapping[key], !value.isNull else { return nil }
        return value
    }

    /// The key scalar for `key`, if present (for diagnostics that point at a key).
    public func keySpan(_ key: String) -> SourceSpan? {
        mapping.entry(key)?.key.span
    }

    /// The value for `key`, emitting `missing-key` at the mapping when it is absent or null.
    public func required(_ key: String, bag: inout DiagnosticBag) -> YAMLNode? {
        if let value = self[key] { return value }
        if let entry = mapping.entry(key) {
            bag.error(.missingKey, "'\(key)' of \(subject) has no value", at: entry.value.span)
        } else {
            bag.error(.missingKey, "\(subject) is missing required key '\(key)'", at: mapping.span)
        }
        return nil
    }
}
