/// A hash set of byte strings that remembers, for each key, the number it was first inserted with.
///
/// The duplicate rules look up 100,000 utterance keys in a 1,000-intent bot; a `[String: ...]`
/// dictionary needs a `String` per key. This table copies each new key's bytes into one buffer
/// and probes an open-addressing index, so a look-up allocates nothing. Keys are hashed with the
/// standard library's seeded `Hasher`, so crafted input cannot force collisions.
struct ByteKeyTable {
    private struct Entry {
        var hash: Int
        var start: Int
        var count: Int
        var value: Int
    }

    private var entries: [Entry] = []
    /// Open-addressing index into `entries`; -1 marks a free slot. Its size is a power of two.
    private var slots: [Int] = Array(repeating: -1, count: 64)
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
        let hash = hasher.finalize()
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let entry = entries[slots[slot]]
            if entry.hash == hash, entry.count == key.count, equals(entry, key) { return entry.value }
            slot = (slot + 1) & mask
        }
        slots[slot] = entries.count
        entries.append(Entry(hash: hash, start: bytes.count, count: key.count, value: value))
        bytes.append(contentsOf: key)
        if entries.count * 2 > slots.count { grow() }
        return nil
    }

    /// Empties the table, keeping its memory.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
    }

    private func equals(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            var offset = 0
            while offset < key.count {
                if stored[entry.start + offset] != key[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = entry.hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }
}
