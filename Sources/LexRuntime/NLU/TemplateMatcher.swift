import CodeHooks

/// Matches user input against an utterance template, capturing slot values.
///
/// A template matches when its literal words match the input's words in order and each `{Slot}`
/// consumes one or more words whose original text resolves under the slot's type (resolved or
/// ambiguous; an unresolvable span does not match). Spans are tried shortest first with
/// backtracking, and failures are memoised per (part, word) position, so matching is polynomial
/// in the input length even for templates with several adjacent slots.
struct TemplateMatcher {
    /// The longest span one placeholder may consume, in words.
    static let maxSlotWords = 12

    /// Resolves a span of text under a slot type.
    let resolve: (_ slotType: String, _ span: TokenSpan) -> SlotValue?

    /// The captured slot values if `template` matches `input`, else `nil`.
    /// - Parameter slotTypes: The type of each slot the template may name; an unknown slot never matches.
    func match(_ template: UtteranceTemplate, input: NLUInput, slotTypes: (String) -> String?) -> [String: SlotValue]? {
        let tokens = input.tokens
        guard template.wordCount <= tokens.count, input.words.contains(template.words) else { return nil }
        let parts = template.parts
        if parts.isEmpty { return nil }
        var failed = Set<Int>()
        let width = tokens.count + 1

        func attempt(_ part: Int, _ token: Int) -> [String: SlotValue]? {
            if part == parts.count { return token == tokens.count ? [:] : nil }
            if token >= tokens.count || failed.contains(part * width + token) { return nil }
            switch parts[part] {
            case .word(let word):
                if input.wordIDs[token] == word, let rest = attempt(part + 1, token + 1) { return rest }
            case .slot(let name):
                guard let type = slotTypes(name) else { break }
                let remainingParts = parts.count - part - 1
                let lastEnd = min(tokens.count - remainingParts, token + Self.maxSlotWords)
                if lastEnd > token {
                    for end in (token + 1)...lastEnd {
                        if remainingParts == 0 && end != tokens.count { continue }
                        guard let value = resolve(type, input.span(token..<end)) else { continue }
                        if var rest = attempt(part + 1, end) {
                            rest[name] = value
                            return rest
                        }
                    }
                }
            }
            failed.insert(part * width + token)
            return nil
        }
        return attempt(0, 0)
    }
}

/// The Dice coefficient of two word multisets: 2·|A∩B| / (|A| + |B|).
///
/// The NLU stand-in's similarity score for inputs that match no template exactly (DESIGN §5).
func diceCoefficient(_ input: NLUInput, _ template: UtteranceTemplate) -> Double {
    let total = input.tokens.count + template.wordCount
    guard total > 0 else { return 0 }
    return Double(2 * input.words.sharedCount(with: template.words)) / Double(total)
}
