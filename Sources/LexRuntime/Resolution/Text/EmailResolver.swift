/// AMAZON.EmailAddress: a whole input that is an address, typed (`alice@example.com`, a trailing
/// sentence period already dropped by the tokenizer) or spoken (`alice at example dot com`).
///
/// An address inside a sentence ("send it to alice@example.com") is not this resolver's job: the
/// engine tries the slot's sample utterances, whose `{Slot}` captures just the address.
enum EmailResolver {
    /// Spoken words for the symbols of an address.
    private static let spokenSymbols: [String: String] = [
        "at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-", "plus": "+",
    ]

    /// Resolves AMAZON.EmailAddress.
    static func resolve(_ span: TokenSpan) -> SlotResolution {
        let original = span.originalText
        let candidate: String
        if original.contains("@") {
            // Typed, possibly with spaces around the `@` ("alice @ example.com"), but not a sentence.
            let chunks = original.split(whereSeparator: \.isWhitespace)
            guard chunks.count <= 3 else { return .unresolved(originalValue: original) }
            candidate = chunks.joined()
        } else if span.tokens.contains(where: { $0.normalized == "at" }), isSpokenAddress(span.tokens) {
            candidate = span.tokens.map { spokenSymbols[$0.normalized] ?? $0.original }.joined()
        } else {
            return .unresolved(originalValue: original)
        }
        guard isValid(candidate) else { return .unresolved(originalValue: original) }
        return .resolved(candidate, from: original)
    }

    /// Whether spoken parts and symbol words alternate (`alice at example dot com`), so that a
    /// sentence such as "my email is alice at example dot com" is not glued into an address.
    private static func isSpokenAddress(_ tokens: ArraySlice<Token>) -> Bool {
        var previousWasPart = false
        for token in tokens {
            let isPart = spokenSymbols[token.normalized] == nil
            if isPart, previousWasPart { return false }
            previousWasPart = isPart
        }
        return true
    }

    /// `user@domain.tld`: the user name of ASCII letters, digits and `_ - . +` (no leading,
    /// trailing or doubled `.`); two or more domain labels of letters, digits and inner `-`; a
    /// top-level domain of two or more letters.
    static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let user = parts.first, let domain = parts.last, !user.isEmpty,
            user.allSatisfy({ isAlphanumeric($0) || "_-.+".contains($0) }), !user.hasPrefix("."),
            !user.hasSuffix("."), !user.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { isAlphanumeric($0) || $0 == "-" } && label.first != "-"
                && label.last != "-"
        }
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
