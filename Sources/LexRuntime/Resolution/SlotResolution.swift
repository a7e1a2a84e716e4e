import CodeHooks

/// The value of a slot as Lex V2 reports it: what was said, what it means, and the candidates.
///
/// Mirrors the Lex V2 `Value` shape (`originalValue`, `interpretedValue`, `resolvedValues`) so the
/// engine can put it into a code-hook event unchanged. The engine must tell three outcomes apart
/// (DESIGN §5 "Hooks"): a resolved value fills the slot; an ambiguous one (a time with two
/// candidates) and an unresolved one reach the hook without an interpreted value and are
/// re-prompted if the hook delegates; only an unresolved one is a failed template match.
public struct SlotResolution: Hashable, Sendable {
    /// Which of the three outcomes a resolution is.
    public enum Outcome: Hashable, Sendable {
        /// There is an interpreted value.
        case resolved
        /// No interpreted value, two or more candidates in `resolvedValues`.
        case ambiguous
        /// No interpreted value and no candidates: the text means nothing under the slot type.
        case unresolved
    }

    /// The most candidates Lex reports in `resolvedValues`.
    public static let maximumCandidates = 5

    /// The text as the user wrote it (the span's `originalText`).
    public let originalValue: String
    /// The value the slot takes, nil when the text is ambiguous or does not resolve.
    public let interpretedValue: String?
    /// Candidate values, best first, at most `maximumCandidates`.
    public let resolvedValues: [String]

    private init(originalValue: String, interpretedValue: String?, resolvedValues: [String]) {
        self.originalValue = originalValue
        self.interpretedValue = interpretedValue
        self.resolvedValues = Array(resolvedValues.prefix(Self.maximumCandidates))
    }

    /// A resolved value. `resolvedValues` is usually `[interpretedValue]`; it is empty for an
    /// ORIGINAL_VALUE custom type given text that matches no listed value.
    public static func resolved(
        originalValue: String, interpretedValue: String, resolvedValues: [String]
    ) -> SlotResolution {
        SlotResolution(
            originalValue: originalValue, interpretedValue: interpretedValue, resolvedValues: resolvedValues)
    }

    /// A resolved value whose only candidate is the value itself, as built-in types report it.
    static func resolved(_ value: String, from original: String) -> SlotResolution {
        resolved(originalValue: original, interpretedValue: value, resolvedValues: [value])
    }

    /// An ambiguous value: no interpreted value and the candidates, best first.
    /// - Precondition: at least two candidates.
    public static func ambiguous(originalValue: String, candidates: [String]) -> SlotResolution {
        precondition(candidates.count >= 2, "an ambiguous resolution needs two or more candidates")
        return SlotResolution(originalValue: originalValue, interpretedValue: nil, resolvedValues: candidates)
    }

    /// Text that does not resolve: no interpreted value and no candidates.
    public static func unresolved(originalValue: String) -> SlotResolution {
        SlotResolution(originalValue: originalValue, interpretedValue: nil, resolvedValues: [])
    }

    /// Which outcome this is.
    public var outcome: Outcome {
        if interpretedValue != nil { return .resolved }
        return resolvedValues.count >= 2 ? .ambiguous : .unresolved
    }

    /// The Lex V2 `value` of a slot in a code-hook event or a RecognizeText response: the three
    /// fields unchanged (an unresolved value keeps its `originalValue` with no interpreted value and
    /// an empty `resolvedValues`, as real Lex sends it).
    public var slotValue: SlotValue {
        SlotValue(originalValue: originalValue, interpretedValue: interpretedValue, resolvedValues: resolvedValues)
    }

    /// Whether the text counts as a value of the slot type when matching an utterance template:
    /// resolved or ambiguous, not unresolved.
    public var isMatch: Bool { outcome != .unresolved }
}
