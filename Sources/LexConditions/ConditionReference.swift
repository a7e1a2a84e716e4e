/// Something a condition reads: a slot, a session attribute, a request attribute or a path into
/// the turn's input.
public struct ConditionReference: Sendable, Hashable {
    /// What is read.
    public var target: Target
    /// The whole reference with its delimiters (`{age}`, `[count]`, `((flag))`, `$.inputMode`).
    public var range: ConditionRange
    /// The name alone, without delimiters; what a "no such slot" message points at.
    public var nameRange: ConditionRange

    /// Creates a reference.
    public init(_ target: Target, range: ConditionRange, nameRange: ConditionRange) {
        self.target = target
        self.range = range
        self.nameRange = nameRange
    }

    /// The things a reference can read.
    public enum Target: Sendable, Hashable {
        /// `{slot}`, or `{slot.subSlot}` for a sub-slot of a composite slot.
        case slot(name: String, subSlot: String?)
        /// `[name]`: a session attribute.
        case sessionAttribute(String)
        /// `((name))`: a request attribute, including Lex's own `x-amz-lex:` ones.
        case requestAttribute(String)
        /// `$.` followed by a path into the turn's input, such as `$.inputTranscript`.
        case path(ConditionPath)
    }

    /// The reference as written, such as `{age}` or `((x-amz-lex:channel))`.
    public var text: String {
        switch target {
        case .slot(let name, let subSlot): "{" + name + (subSlot.map { "." + $0 } ?? "") + "}"
        case .sessionAttribute(let name): "[\(name)]"
        case .requestAttribute(let name): "((\(name)))"
        case .path(let path): path.text
        }
    }

    /// The slot name, when the reference reads a slot or one of its sub-slots.
    public var slotName: String? {
        if case .slot(let name, _) = target { return name }
        return nil
    }
}

/// A `$.` path: member names and list indexes, such as `$.transcriptions[0].transcriptionConfidence`.
public struct ConditionPath: Sendable, Hashable {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// `.name`
        case member(String)
        /// `[index]`
        case index(Int)
    }

    /// The steps after `$`.
    public var components: [Component]

    /// Creates a path.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// The path as written, starting with `$`.
    public var text: String {
        components.reduce("$") { text, component in
            switch component {
            case .member(let name): text + "." + name
            case .index(let index): text + "[\(index)]"
            }
        }
    }
}
