/// Keys under which utterances are compared, so duplicate checks are dictionary look-ups rather
/// than pairwise scans (a 1,000-intent bot has 100,000 utterances).
enum UtteranceKey {
    /// The text lowercased with runs of white space collapsed to one space and trimmed:
    /// "Book a  Meeting " and "book a meeting" share a key.
    static func normalized(_ text: String) -> String {
        // ASCII text (nearly every utterance) is normalised byte by byte.
        if let ascii = asciiNormalized(text) { return ascii }
        return text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `normalized` for ASCII text, or `nil` when `text` has other characters.
    private static func asciiNormalized(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The normalized text with every `{Slot}` replaced by `{}`: "book on {MeetingDate}" and
    /// "book on {MeetingTime}" share a key. Malformed braces are left as they are.
    static func abstracted(_ normalized: String) -> String {
        guard normalized.contains("{" as Character) else { return normalized }
        // The braces are ASCII, so the text between them is whole characters: work on bytes.
        var result: [UInt8] = []
        result.reserveCapacity(normalized.utf8.count)
        var pendingStart: Int?
        var pending: [UInt8] = []
        for byte in normalized.utf8 {
            if byte == UInt8(ascii: "{") {
                if pendingStart != nil { result.append(contentsOf: pending) }
                pendingStart = result.count
                pending = [byte]
            } else if byte == UInt8(ascii: "}"), pendingStart != nil {
                result.append(contentsOf: "{}".utf8)
                pendingStart = nil
                pending = []
            } else if pendingStart != nil {
                pending.append(byte)
            } else {
                result.append(byte)
            }
        }
        if pendingStart != nil { result.append(contentsOf: pending) }
        return String(decoding: result, as: UTF8.self)
    }
}
