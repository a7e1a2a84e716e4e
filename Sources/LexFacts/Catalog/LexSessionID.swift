/// Lex V2 session ids: 2 to 100 characters of `[0-9a-zA-Z._:-]` (the `sessionId` pattern of the
/// lexv2-runtime API), and the ids scripts and chats derive from their users' labels.
///
/// A script names its users with labels (`as: a`, `as: Mary Ann`): a label is for people, a session
/// id for Lex. A label that is already a valid id is used as it is; any other is mapped to one
/// deterministically, so every run sends the same id and two labels never share a session.
public enum LexSessionID {
    /// Whether `id` is a session id Lex accepts.
    public static func isValid(_ id: some StringProtocol) -> Bool {
        (2...100).contains(id.unicodeScalars.count) && id.unicodeScalars.allSatisfy(isAllowed)
    }

    /// The session id for `label`: the label itself when it is a valid id; otherwise its allowed
    /// characters (others become `-`, at most 80 of them) followed by `-` and eight hex digits of a
    /// hash of the whole label (FNV-1a), which keeps distinct labels apart.
    public static func derived(fromLabel label: String) -> String {
        if isValid(label) { return label }
        var readable = String(
            String.UnicodeScalarView(label.unicodeScalars.prefix(80).map { isAllowed($0) ? $0 : "-" }))
        if readable.isEmpty { readable = "user" }
        var hash: UInt32 = 2_166_136_261
        for byte in label.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return readable + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ".:_-".unicodeScalars.contains(scalar)
    }
}
