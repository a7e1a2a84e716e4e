import YAMLNode

/// Writes text as YAML scalars that read back as exactly that text.
///
/// A conversation script saved from a chat holds whatever the bot said, and bot replies contain
/// `:`, `"`, `{`, `#` and line breaks. Rather than reason about every corner of plain-scalar
/// syntax, only text made of a conservative set of characters is written plain; everything else
/// is double-quoted with escapes, which YAML reads back verbatim in any context (block or flow).
public enum YAMLText {
    /// `text` as a scalar: plain when that is unambiguous, otherwise double-quoted.
    public static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// `text` double-quoted, with `\`, `"`, line breaks and other unprintable characters escaped.
    public static func doubleQuoted(_ text: String) -> String { YAMLQuoting.doubleQuoted(text) }

    /// Whether `text` reads back as itself when written plain, in block and in flow context.
    ///
    /// A letter, digit, `.`, `/` or `_` first (so paths such as `../bots/a.yaml` stay plain), then
    /// letters, digits, spaces and `. _ @ / + -` (no `:`, `#`, `,` or brackets), no trailing space,
    /// and not a word YAML reads as null.
    public static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlphanumeric(first) || "./_".unicodeScalars.contains(first),
            text.last != " "
        else { return false }
        guard !["null", "~"].contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || " ._@/+-".unicodeScalars.contains($0) }
    }

    /// `{key: value, ...}`; a `nil` value is written `null`.
    public static func flowMapping(_ pairs: [(String, String?)]) -> String {
        "{" + pairs.map { "\(scalar($0.0)): \($0.1.map(scalar) ?? "null")" }.joined(separator: ", ") + "}"
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
