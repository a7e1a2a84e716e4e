import LexFacts

/// A custom slot type compiled for per-turn use: a lookup table from normalized spellings to
/// listed values, and the regex filter compiled once.
struct CustomSlotTypeResolver: Sendable {
    let strategy: CustomSlotType.ResolutionStrategy
    /// Normalized value or synonym (the tokenizer's `normalizedText`) → listed value.
    let lookup: [String: String]
    let regex: SlotRegex?

    /// Compiles `type`; throws when its regex filter uses syntax Lex does not allow.
    init(_ type: CustomSlotType) throws(SlotTypeError) {
        strategy = type.resolutionStrategy
        var lookup: [String: String] = [:]
        for value in type.values {
            for spelling in [value.value] + value.synonyms {
                let key = TokenizedText(spelling).normalizedText
                if !key.isEmpty, lookup[key] == nil { lookup[key] = value.value }
            }
        }
        self.lookup = lookup
        do {
            regex = try type.regexPattern.map { pattern throws(SlotRegexError) in try SlotRegex(pattern) }
        } catch {
            throw SlotTypeError(
                slotTypeName: type.name,
                message: "regex filter \"\(type.regexPattern ?? "")\" of slot type '\(type.name)': \(error.message)")
        }
    }

    /// Resolves text said for a slot of this type.
    ///
    /// With a regex filter the whole value must match: first as said (white space collapsed),
    /// then with the spaces removed (`ABC 1234` for `[A-Z]{3}[0-9]{4}`); otherwise it is
    /// unresolved. Without one, TOP_RESOLUTION accepts only listed spellings and reports the
    /// listed value; ORIGINAL_VALUE accepts anything, reports what was said, and lists the value
    /// in `resolvedValues` when the text is a listed spelling.
    func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        guard !span.isEmpty else { return .unresolved(originalValue: original) }
        if let regex {
            let words = original.split(whereSeparator: \.isWhitespace)
            for candidate in [words.joined(separator: " "), words.joined()] where regex.matches(candidate) {
                return .resolved(candidate, from: original)
            }
            return .unresolved(originalValue: original)
        }
        let listed = lookup[span.normalizedText]
        switch strategy {
        case .topResolution:
            guard let listed else { return .unresolved(originalValue: original) }
            return .resolved(listed, from: original)
        case .originalValue:
            return .resolved(
                originalValue: original, interpretedValue: original, resolvedValues: listed.map { [$0] } ?? [])
        }
    }
}
