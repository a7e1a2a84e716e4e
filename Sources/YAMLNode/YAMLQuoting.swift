/// Double-quoted YAML scalars: the one writer of escapes that every YAML writer of the project
/// (the chat's script writer, the importer) uses, so that text with line breaks, quotes or
/// unprintable characters reads back as exactly itself wherever it is written.
public enum YAMLQuoting {
    /// `text` double-quoted, with `\`, `"`, line breaks, tabs and unprintable characters escaped.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isUnprintable(scalar) {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether YAML needs `scalar` escaped: C0 and C1 controls, line and paragraph separators
    /// (line breaks to YAML), the byte order mark and the non-characters U+FFFE and U+FFFF.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value)
    }
}
