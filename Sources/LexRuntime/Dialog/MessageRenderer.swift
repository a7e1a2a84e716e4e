import CodeHooks

/// Turns a configured message group into the text the user sees.
///
/// `{Slot}` becomes the slot's interpreted value (empty when unfilled) and `[attr]` the session
/// attribute (empty when unset). Without a seed the main message is always said, so replies are
/// predictable; with a seed a variation is picked by a hash of the seed and the turn's position,
/// so the same seed always gives the same replies.
struct MessageRenderer: Sendable {
    /// The variation seed, if any.
    let seed: UInt64?

    /// Renders `group`.
    /// - Parameter salt: Distinguishes the place the message is said (session, turn, message key);
    ///   formatted only when a variation is to be picked.
    func render(
        _ group: MessageGroupSpec, slots: [String: SlotValue], attributes: [String: String],
        salt: @autoclosure () -> String
    ) -> String {
        var chosen = group.message
        if let seed, !group.variations.isEmpty {
            let choice = Int(Self.mix(seed, salt()) % UInt64(group.variations.count + 1))
            if choice > 0 { chosen = group.variations[choice - 1] }
        }
        return Self.substitute(chosen, slots: slots, attributes: attributes)
    }

    /// Replaces `{Slot}` and `[attr]` references.
    ///
    /// Works on UTF-8: the brackets are ASCII, so every byte range between them is whole
    /// characters, and the names are looked up as written.
    static func substitute(_ text: String, slots: [String: SlotValue], attributes: [String: String]) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let nameStart = bytes.index(after: index)
                if let close = bytes[nameStart...].firstIndex(of: closing) {
                    let name = String(Substring(bytes[nameStart..<close]))
                    if !name.isEmpty, !Self.hasWhitespace(name) {
                        let value = byte == UInt8(ascii: "{") ? slots[name]?.interpretedValue : attributes[name]
                        output.append(contentsOf: (value ?? "").utf8)
                        index = bytes.index(after: close)
                        continue
                    }
                }
            }
            output.append(byte)
            index = bytes.index(after: index)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `name` holds a whitespace character; ASCII names (all of them in practice) are
    /// checked by bytes, where `Character.isWhitespace` looks up Unicode properties per character.
    private static func hasWhitespace(_ name: String) -> Bool {
        let bytes = name.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return name.contains(where: \.isWhitespace) }
        // ASCII whitespace is U+0009...U+000D and the space (CR LF is one character, also whitespace).
        return bytes.contains { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
    }

    /// FNV-1a of the salt mixed with the seed through SplitMix64: stable across runs and platforms.
    static func mix(_ seed: UInt64, _ salt: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in salt.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var z = hash ^ seed &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
