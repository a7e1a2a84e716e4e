/// The scalar classes the tokenizer needs, with the ASCII answers in tables.
///
/// The classes are Unicode's: white space is the `White_Space` property, punctuation the `P*`
/// general categories (as `Character.isPunctuation` defines it), minus `%`, which stays on a token.
enum CharacterClass {
    /// Whether `scalar` separates tokens.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? asciiWhitespace[Int(scalar.value)] : scalar.properties.isWhitespace
    }

    /// Whether `scalar` is stripped from the ends of a token: punctuation except `%`.
    static func isStrippable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? asciiStrippable[Int(scalar.value)] : isPunctuation(scalar)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }

    private static let asciiWhitespace: [Bool] = (0..<128).map { Unicode.Scalar($0)!.properties.isWhitespace }
    private static let asciiStrippable: [Bool] = (0..<128).map { value in
        let scalar = Unicode.Scalar(value)!
        return scalar != "%" && isPunctuation(scalar)
    }
}
