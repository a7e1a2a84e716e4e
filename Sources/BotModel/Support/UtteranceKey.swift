/// Keys under which utterances are compared, so duplicate checks are dictionary look-ups rather
/// than pairwise scans (a 1,000-intent bot has 100,000 utterances).
enum UtteranceKey {
    /// The text lowercased with runs of white space collapsed to one space and trimmed:
    /// "Book a  Meeting " and "book a meeting" share a key.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The normalized text with every `{Slot}` replaced by `{}`: "book on {MeetingDate}" and
    /// "book on {MeetingTime}" share a key. Malformed braces are left as they are.
    static func abstracted(_ normalized: String) -> String {
        guard normalized.contains("{" as Character) else { return normalized }
        var result = ""
        var pending: String?
        for character in normalized {
            if character == "{" {
                if let open = pending { result += open }
                pending = "{"
            } else if character == "}", pending != nil {
                result += "{}"
                pending = nil
            } else if pending != nil {
                pending!.append(character)
            } else {
                result.append(character)
            }
        }
        if let open = pending { result += open }
        return result
    }
}
