/// A deterministic stand-in for libFuzzer, for the test suite: derives inputs from seed files by
/// byte-level and YAML-aware mutations chosen by a seeded generator.
///
/// It has no coverage feedback, so it finds less than `scripts/fuzz.sh`, but it runs in a second
/// or two on every `swift test`, always on the same inputs, and keeps the harness itself exercised.
public struct SeededMutator: Sendable {
    /// Fragments that steer mutations towards interesting YAML: indicators, anchors and aliases,
    /// tags, directives, quoting, encodings, the keys of both file formats, and the conversation-flow
    /// vocabulary (dialog actions and the condition language).
    public static let dictionary: [[UInt8]] =
        [
            ": ", "- ", "? ", "[", "]", "{", "}", ",", "\"", "'", "|", ">-", "#", "\n", "  ", "\t", "&a ", "*a",
            "<<: *a", "!!str ", "!!map ", "!custom ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x:\n", "~", "null",
            "true", "yes", "0x1F", "1e999", "-9223372036854775809", "99999999999999999999", "\u{FEFF}", "\u{0085}",
            "\u{2028}", "é", "😀", "{Slot}", "[attr]", "name", "locales", "en_US", "intents", "slots", "slotTypes",
            "utterances", "prompt", "closing", "confirmation", "parent", "AMAZON.FallbackIntent", "type",
            "AMAZON.Date", "retries", "values", "synonyms", "regex", "voice", "turns", "user", "bot", "intent",
            "action", "slot", "state", "given", "meetings", "expect", "created", "absent", "count", "approve",
            "reject", "now", "2026-02-30T25:61", "matches", "contains", "oneOf", "session", "as", "conversations",
            "initialResponse", "captured", "confirmed", "declined", "failure", "fulfillment", "say", "then",
            "branches", "else", "if", "hook", "label", "invoke", "elicitationHook", "default", "multipleValues",
            "slotsToSet", "sessionAttributes", "suppressNextMessage", "inputContexts", "outputContexts", "ttl",
            "ElicitSlot ", "StartIntent ", "EvaluateConditional", "InvokeDialogCodeHook", "ElicitIntent",
            "EndConversation", "FulfillIntent", "ConfirmIntent", "CloseIntent", "fn.IS_SET(", "fn.COUNT(",
            "fn.LENGTH(", " CONTAINS ", " AND ", " OR ", "NOT ", "((", "))", "$.inputMode", " >= ", " != ",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF]]

    private var state: UInt64

    /// Creates a mutator whose choices are fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// A new input made from `input`, possibly mixed with `other`, by one to four mutations.
    public mutating func mutate(_ input: [UInt8], splicingWith other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            bytes = mutateOnce(bytes, other: other)
        }
        return bytes
    }

    private mutating func mutateOnce(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        let position = below(bytes.count + 1)
        switch below(7) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] ^= UInt8(1 << below(8))
        case 1:
            bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
        case 2:
            let end = min(bytes.count, position + 1 + below(16))
            bytes.removeSubrange(position..<end)
        case 3:
            let end = min(bytes.count, position + 1 + below(64))
            let copy = Array(bytes[position..<end])
            for _ in 0...below(8) { bytes.insert(contentsOf: copy, at: position) }
        case 4:
            bytes.insert(contentsOf: Self.dictionary[below(Self.dictionary.count)], at: position)
        case 5 where !other.isEmpty:
            let start = below(other.count)
            let end = min(other.count, start + 1 + below(256))
            bytes.insert(contentsOf: other[start..<end], at: position)
        default:
            let end = min(bytes.count, position + below(32))
            bytes.replaceSubrange(position..<end, with: Self.dictionary[below(Self.dictionary.count)])
        }
        return bytes
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// SplitMix64: small, fast and well distributed; randomness quality is not the point here.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
