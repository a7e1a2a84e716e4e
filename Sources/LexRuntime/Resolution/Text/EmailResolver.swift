/// AMAZON.EmailAddress: a whole input that is an address, typed (`alice@example.com`, a trailing
/// sentence period already dropped by the tokenizer) or spoken with the locale's symbol words
/// (`alice at example dot com`, `alice arroba example punto com`).
///
/// An address inside a sentence ("send it to alice@example.com") is not this resolver's job: the
/// engine tries the slot's sample utterances, whose `{Slot}` captures just the address.
enum EmailResolver {
    /// Resolves AMAZON.EmailAddress; `words` are the locale's spoken symbols (`at` → `@`, `dot` → `.`,
    /// from its data file).
    static func resolve(_ span: TokenSpan, words spokenSymbols: [String: String]) -> SlotResolution {
        let original = span.originalText
        let candidate: String
        if original.contains("@" as Character) {
            // Typed, possibly with spaces around the `@` ("alice @ example.com"), but not a sentence.
            let chunks = original.split(whereSeparator: \.isWhitespace)
            guard chunks.count <= 3 else { return .unresolved(originalValue: original) }
            candidate = chunks.joined()
        } else if span.tokens.contains(where: { spokenSymbols[$0.normalized] == "@" }),
            isSpokenAddress(span.tokens, spokenSymbols)
        {
            candidate = span.tokens.map { spokenSymbols[$0.normalized] ?? $0.original }.joined()
        } else {
            return .unresolved(originalValue: original)
        }
        guard isValid(candidate) else { return .unresolved(originalValue: original) }
        return .resolved(candidate, from: original)
    }

    /// Whether spoken parts and symbol words alternate (`alice at example dot com`), so that a
    /// sentence such as "my email is alice at example dot com" is not glued into an address.
    private static func isSpokenAddress(_ tokens: ArraySlice<Token>, _ spokenSymbols: [String: String]) -> Bool {
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
    /// top-level domain of two or more letters. Checked on UTF-8 bytes: every allowed character
    /// is ASCII, so any other byte rejects the address.
    static func isValid(_ address: String) -> Bool {
        let bytes = Array(address.utf8)
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let user = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard !user.isEmpty, !domain.contains(UInt8(ascii: "@")),
            user.allSatisfy({ isAlphanumeric($0) || "_-.+".utf8.contains($0) }),
            user.first != UInt8(ascii: "."), user.last != UInt8(ascii: "."),
            !zip(user, user.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
                && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
