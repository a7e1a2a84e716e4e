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
    /// - Parameter salt: Distinguishes the place the message is said (session, turn, message key).
    func render(_ group: MessageGroupSpec, slots: [String: SlotValue], attributes: [String: String], salt: String)
        -> String
    {
        let choices = [group.message] + group.variations
        var chosen = group.message
        if let seed, choices.count > 1 {
            chosen = choices[Int(Self.mix(seed, salt) % UInt64(choices.count))]
        }
        return Self.substitute(chosen, slots: slots, attributes: attributes)
    }

    /// Replaces `{Slot}` and `[attr]` references.
    static func substitute(_ text: String, slots: [String: SlotValue], attributes: [String: String]) -> String {
        guard text.contains("{") || text.contains("[") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" || character == "[",
                let close = text[index...].firstIndex(of: character == "{" ? "}" : "]")
            {
                let name = String(text[text.index(after: index)..<close])
                if !name.isEmpty, !name.contains(where: \.isWhitespace) {
                    output += character == "{" ? (slots[name]?.interpretedValue ?? "") : (attributes[name] ?? "")
                    index = text.index(after: close)
                    continue
                }
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
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
