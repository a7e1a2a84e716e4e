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

    /// Whether `scalar` belongs to a script written without spaces between words (Han, Hiragana,
    /// Katakana, Thai, Lao, Myanmar, Khmer): the tokenizer makes each such character a token of its own,
    /// so that `明日に予約` can match the template `{Date}に予約`. Hangul is not one: Korean puts spaces
    /// between words.
    static func isSpaceless(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0x2E80...0x2FDF, 0x3005...0x3007,
            0x3021...0x3029, 0x3038...0x303B, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Whether `scalar` is a combining mark, which stays with the character before it.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
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
