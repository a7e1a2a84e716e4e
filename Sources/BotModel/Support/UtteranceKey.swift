/// Keys under which utterances are compared, so duplicate checks are hash look-ups rather than
/// pairwise scans (a 1,000-intent bot has 100,000 utterances).
///
/// The rules compute keys as bytes into one reusable buffer (`normalizedBytes`, `abstractedBytes`)
/// and look them up in a `ByteKeyTable`, so checking an utterance allocates nothing; the `String`
/// forms remain for callers that keep keys.
enum UtteranceKey {
    /// The text lowercased with runs of white space collapsed to one space and trimmed:
    /// "Book a  Meeting " and "book a meeting" share a key.
    static func normalized(_ text: String) -> String {
        var buffer: [UInt8] = []
        normalizedBytes(text, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// `normalized(text)` as UTF-8 bytes, written over `buffer`.
    static func normalizedBytes(_ text: String, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        // ASCII text (nearly every utterance) is normalised in place, byte by byte: the key is
        // never longer than the text, so each byte is written at or before where it was read.
        let length = buffer.withUnsafeMutableBufferPointer { bytes -> Int? in
            var written = 0
            var pendingSpace = false
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = written > 0
                    continue
                }
                if pendingSpace {
                    bytes[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                bytes[written] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                written += 1
            }
            return written
        }
        if let length {
            buffer.removeLast(buffer.count - length)
            return
        }
        buffer.removeAll(keepingCapacity: true)
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
        buffer.append(contentsOf: words.joined(separator: " ").utf8)
    }

    /// Whether `text` contains the character `{` (a `{` followed by a combining mark is another
    /// character, so text that is not ASCII is checked by characters).
    static func hasBrace(_ text: String) -> Bool {
        var text = text
        let (brace, ascii) = text.withUTF8 { bytes -> (Bool, Bool) in
            var brace = false
            var high: UInt8 = 0
            for byte in bytes {
                brace = brace || byte == UInt8(ascii: "{")
                high |= byte
            }
            return (brace, high < 0x80)
        }
        guard brace else { return false }
        return ascii || text.contains("{" as Character)
    }

    /// The normalized text with every `{Slot}` replaced by `{}`: "book on {MeetingDate}" and
    /// "book on {MeetingTime}" share a key. Malformed braces are left as they are.
    static func abstracted(_ normalized: String) -> String {
        var buffer: [UInt8] = []
        abstractedBytes(Array(normalized.utf8), into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// `abstracted` over the UTF-8 bytes of a normalized text, written over `buffer`. The braces
    /// are ASCII, so the text between them is whole characters: bytes are enough.
    static func abstractedBytes(_ normalized: [UInt8], into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        // A '{' not yet closed: where its text starts in `normalized`.
        var pendingStart: Int?
        for (index, byte) in normalized.enumerated() {
            if byte == UInt8(ascii: "{") {
                if let start = pendingStart { buffer.append(contentsOf: normalized[start..<index]) }
                pendingStart = index
            } else if byte == UInt8(ascii: "}"), pendingStart != nil {
                buffer.append(contentsOf: "{}".utf8)
                pendingStart = nil
            } else if pendingStart == nil {
                buffer.append(byte)
            }
        }
        if let start = pendingStart { buffer.append(contentsOf: normalized[start...]) }
    }
}
