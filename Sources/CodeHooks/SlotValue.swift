/// What was heard for a slot and how it resolved (`slot.value`).
///
/// A value that resolved has all three fields. One that was heard but did not resolve has
/// `originalValue` and empty `resolvedValues`; an ambiguous one (a time that may be morning or
/// afternoon) has the candidates in `resolvedValues`; neither has an `interpretedValue`, so the
/// slot does not count as filled.
public struct SlotValue: Codable, Sendable, Equatable {
    /// What the user said.
    public var originalValue: String?
    /// The resolved value; absent when the input did not resolve (or resolved ambiguously).
    public var interpretedValue: String?
    /// Candidate resolutions, best first (up to 5).
    public var resolvedValues: [String]?

    /// Creates a slot value.
    public init(originalValue: String?, interpretedValue: String?, resolvedValues: [String]? = nil) {
        self.originalValue = originalValue
        self.interpretedValue = interpretedValue
        self.resolvedValues = resolvedValues
    }
}
