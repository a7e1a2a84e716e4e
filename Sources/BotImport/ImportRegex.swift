import LexFacts
import LexModel

/// Regex filters the bot format's rule refuses although the console exported them: a literal such
/// as `_` outside a character class (`[0-9][a-z]_`; the rule takes `-`, which a real export uses). Such a character is written as the `\uXXXX`
/// escape the rule accepts, which matches the same text, with a warning.
enum ImportRegex {
    /// Characters that mean something in a regex, left as they are.
    private static let syntax = Set("()|?{}[]\\.*+^$,".unicodeScalars)

    /// `pattern`, with refused literals outside classes escaped when that makes it acceptable.
    static func expressible(_ pattern: String, _ entity: LexEntity, _ context: inout ImportContext) -> String {
        guard SlotRegex.problem(in: pattern) != nil else { return pattern }
        var result = ""
        var inClass = false
        var escaping = false
        var changed: [Unicode.Scalar] = []
        for scalar in pattern.unicodeScalars {
            if escaping {
                result.unicodeScalars.append(scalar)
                escaping = false
                continue
            }
            switch scalar {
            case "\\": escaping = true
            case "[": inClass = true
            case "]": inClass = false
            default: break
            }
            let literal =
                !inClass && !syntax.contains(scalar) && !(scalar.properties.isAlphabetic && scalar.isASCII)
                && !("0"..."9").contains(scalar)
            if literal {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                changed.append(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        guard !changed.isEmpty, SlotRegex.problem(in: result) == nil else { return pattern }
        let shown = changed.map { "'\($0)'" }.joined(separator: ", ")
        context.lose(
            entity, "valueSelectionSetting.regexFilter.pattern",
            "\"\(pattern)\" has \(shown) outside a character class, which the bot format's regex rule refuses; "
                + "written as \"\(result)\", which matches the same text")
        return result
    }
}
