import Foundation

/// The one normal form in which the locale grammars compare text: what the user typed and every word
/// taken from Foundation or a locale data file are folded the same way before they meet.
///
/// Folding applies compatibility normalization (full-width `３` is `3`, half-width katakana is
/// full-width), lowercases, drops the accents of Latin letters (`mañana` = `manana`, `März` = `marz`;
/// only the combining diacritics U+0300–U+036F, so Japanese voicing marks and Hangul stay), writes any
/// script's decimal digits as ASCII digits (`٣` is `3`), turns typographic apostrophes into `'`, a hyphen
/// between two letters and the soft hyphen Foundation puts into German numbers into a space or nothing
/// (`segunda-feira` = `segunda feira`, `drei­und­zwanzig` = `dreiundzwanzig`), and collapses white space.
enum TextFold {
    /// The folded form of `text`.
    static func fold(_ text: String) -> String {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let source = isASCII ? text : text.decomposedStringWithCompatibilityMapping
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: Unicode.Scalar?
        var pendingHyphen = false
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) || value == 0xAD { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                pendingHyphen = false
                continue
            }
            if scalar == "-", let last = previous, last.properties.isAlphabetic {
                pendingHyphen = true
                continue
            }
            if pendingHyphen {
                output.append(scalar.properties.isAlphabetic ? " " : "-")
                pendingHyphen = false
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            var mapped = scalar
            if value == 0x2019 || value == 0x2018 || value == 0x02BC {
                mapped = "'"
            } else if !scalar.isASCII, scalar.properties.numericType == .decimal,
                let digit = scalar.properties.numericValue, (0...9).contains(digit)
            {
                mapped = Unicode.Scalar(UInt8(48 + Int(digit)))
            }
            if mapped.properties.changesWhenLowercased {
                output.append(contentsOf: mapped.properties.lowercaseMapping.unicodeScalars)
            } else {
                output.append(mapped)
            }
            previous = mapped
        }
        if pendingHyphen { output.append("-") }
        let folded = String(output)
        return isASCII ? folded : folded.precomposedStringWithCanonicalMapping
    }

    /// Whether a character is part of a word of a script that separates words with spaces, so that a
    /// phrase may not end (or start) in the middle of it: `mar` is no month inside `martes`. Characters of
    /// scripts written without spaces, and Hangul (whose words take particles: `다음주`, `3월에`), are not.
    static func isSpacedLetter(_ character: Character) -> Bool {
        guard character.isLetter, let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII { return true }
        if CharacterClass.isSpaceless(scalar) { return false }
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return false
        default: return true
        }
    }
}
