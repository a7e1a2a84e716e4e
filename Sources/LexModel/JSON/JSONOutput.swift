import Foundation

/// A growable byte buffer that becomes a `Data` without a copy.
///
/// A compiled bot is tens of megabytes of JSON in thousands of files. Building each file in an
/// array and then copying it into a `Data` touches every byte twice; this buffer is `malloc`ed
/// memory that the finished `Data` takes over (`Data(bytesNoCopy:count:deallocator: .free)`).
/// It is noncopyable, so exactly one owner frees it: its `deinit`, or the `Data` it became.
struct JSONOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes.
    init(capacity: Int = 4_096) {
        self.capacity = max(capacity, 16)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory for \(capacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `count` copies of `byte`.
    @inline(__always)
    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        reserve(repeats)
        (base + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    /// Appends the UTF-8 bytes of a static string.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Removes every byte after the first `newCount`.
    mutating func truncate(to newCount: Int) {
        count = min(count, newCount)
    }

    /// The bytes as `Data`, which takes over the memory.
    consuming func data() -> Data {
        let memory = base
        let size = count
        discard self
        return Data(bytesNoCopy: memory, count: size, deallocator: .free)
    }

    /// The bytes as an array (a copy).
    consuming func array() -> [UInt8] {
        let bytes = Array(UnsafeBufferPointer(start: base, count: count))
        return bytes
    }
}
