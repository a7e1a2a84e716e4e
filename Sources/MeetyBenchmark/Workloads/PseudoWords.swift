/// Pronounceable made-up words, one per number, so synthetic bots get as many distinct topic words
/// and slot values as they need without a dictionary.
///
/// Different numbers always give different words (the syllables spell the number in base 16), so
/// utterances built around them never collide across intents, as a real bot's should not.
public enum PseudoWords {
    private static let syllables = [
        "ba", "ke", "mi", "no", "ru", "sa", "to", "vi", "lo", "pe", "da", "fu", "gi", "ho", "ja", "zu",
    ]

    /// The word for `number`: at least three syllables, more for numbers of 4,096 and above.
    public static func word(_ number: Int) -> String {
        precondition(number >= 0, "pseudo-words are numbered from 0")
        var digits: [Int] = []
        var rest = number
        repeat {
            digits.append(rest % syllables.count)
            rest /= syllables.count
        } while rest > 0
        while digits.count < 3 { digits.append(0) }
        return digits.reversed().map { syllables[$0] }.joined()
    }

    /// The word with its first letter capitalised, for Lex names (`Bakemi`).
    public static func name(_ number: Int) -> String {
        let text = word(number)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
