/// A hash set of byte strings that remembers, for each key, the number it was first inserted with.
///
/// The duplicate rules look up 100,000 utterance keys in a 1,000-intent bot; a `[String: ...]`
/// dictionary needs a `String` per key. This table copies each new key's bytes into one buffer
/// and probes an open-addressing index whose slots hold 32 bits of the key's hash next to the
/// entry number, so a probe touches the entries only when the hashes agree, and a look-up
/// allocates nothing. Keys are hashed with the standard library's seeded `Hasher`, so crafted
/// input cannot force collisions.
struct ByteKeyTable {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Int
    }

    private var entries: [Entry] = []
    /// Open-addressing index: 0 is a free slot, otherwise the hash's high 32 bits above the entry
    /// number + 1. Its size is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)
    private var bytes: [UInt8] = []

    /// Creates an empty table.
    init() {}

    /// The value `key` was first inserted with, or `nil` after inserting it with `value`.
    mutating func firstValue(for key: [UInt8], inserting value: Int) -> Int? {
        key.withUnsafeBufferPointer { firstValue(for: $0, inserting: value) }
    }

    /// The value `key` was first inserted with, or `nil` after inserting it with `value`.
    mutating func firstValue(for key: UnsafeBufferPointer<UInt8>, inserting value: Int) -> Int? {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        let hash = UInt64(UInt(bitPattern: hasher.finalize()))
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let stored = slots[slot]
            if stored & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = entries[Int(stored & 0xFFFF_FFFF) - 1]
                if entry.count == key.count, equals(entry, key) { return entry.value }
            }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(hash: hash, start: bytes.count, count: key.count, value: value))
        slots[slot] = tag | UInt64(entries.count)
        bytes.append(contentsOf: key)
        if entries.count * 2 > slots.count { grow() }
        return nil
    }

    /// Empties the table, keeping its memory.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    private func equals(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            UnsafeBufferPointer(rebasing: stored[entry.start..<entry.start + entry.count]).elementsEqual(key)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for stored in old where stored != 0 {
            let entry = entries[Int(stored & 0xFFFF_FFFF) - 1]
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
