/// A small deterministic DEFLATE (RFC 1951) encoder: LZ77 with hash chains, one block of fixed
/// Huffman codes.
///
/// Zip output must be byte-identical on every machine so that `compile --check` can compare a
/// committed zip; the platform compressors differ (zlib on Linux, Apple's Compression framework
/// on macOS, and zlib versions among themselves), so the compiler does not use them for writing.
/// This encoder depends only on its input: greedy matching over a 32 KiB window, at most
/// `maxChain` candidates per position, the longest match winning and the nearest of equally long
/// ones. Fixed codes cost a little ratio compared with dynamic ones, which does not matter for
/// exports of repetitive JSON. Any inflater reads the result.
///
/// A `Deflate` value keeps its hash tables between inputs, so zipping thousands of files does not
/// allocate and clear 128 KiB of chain heads for each: positions are numbered across inputs, and a
/// head older than the current input's first position counts as empty.
struct Deflate {
    static let minMatch = 3
    static let maxMatch = 258
    static let window = 32_768
    static let maxChain = 128
    static let hashBits = 15

    /// The most recent position (numbered across inputs) of each 3-byte hash.
    private var head = [Int32](repeating: -1, count: 1 << Deflate.hashBits)
    /// For each position of the current input, the previous position with the same hash.
    private var previous: [Int32] = []
    /// The number of the current input's first position.
    private var base = 0

    /// Creates an encoder.
    init() {}

    /// The compressed form of `input` as a raw DEFLATE stream (no zlib header).
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var deflate = Deflate()
        return input.withUnsafeBufferPointer { deflate.compress($0) }
    }

    /// The compressed form of `input` as a raw DEFLATE stream (no zlib header).
    mutating func compress(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let count = input.count
        if base > Int(Int32.max) - count - 1 {
            for index in head.indices { head[index] = -1 }
            base = 0
        }
        if previous.count < count { previous = [Int32](repeating: -1, count: max(count, 2 * previous.count)) }
        var output = BitWriter(capacity: count / 3 + 16)
        output.write(1, bits: 1)  // BFINAL: the only block
        output.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        guard let bytes = input.baseAddress, count > 0 else {
            output.write(DeflateTables.literalCode[256], bits: Int(DeflateTables.literalLength[256]))
            return output.finish()
        }
        let base = self.base
        head.withUnsafeMutableBufferPointer { head in
            previous.withUnsafeMutableBufferPointer { previous in
                var matcher = Matcher(input: bytes, count: count, head: head, previous: previous, base: base)
                matcher.encode(into: &output)
            }
        }
        self.base += count
        return output.finish()
    }
}

/// The LZ77 pass over one input: finds each position's match and writes literals and matches.
private struct Matcher {
    let input: UnsafePointer<UInt8>
    let count: Int
    let head: UnsafeMutableBufferPointer<Int32>
    let previous: UnsafeMutableBufferPointer<Int32>
    /// The number of position 0 in `head` and `previous`.
    let base: Int

    @inline(__always)
    private func hash(_ position: Int) -> Int {
        let value = Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])
        return value & ((1 << Deflate.hashBits) - 1)
    }

    @inline(__always)
    private func insert(_ position: Int) {
        guard position + Deflate.minMatch <= count else { return }
        let key = hash(position)
        previous[position] = head[key]
        head[key] = Int32(base + position)
    }

    /// How many bytes from `candidate` and `position` agree, at most `limit`; 8 bytes at a time.
    @inline(__always)
    private func matchLength(_ candidate: Int, _ position: Int, limit: Int) -> Int {
        var length = 0
        let raw = UnsafeRawPointer(input)
        while length + 8 <= limit {
            let difference =
                raw.loadUnaligned(fromByteOffset: candidate + length, as: UInt64.self)
                ^ raw.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
            if difference != 0 { return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit, input[candidate + length] == input[position + length] { length += 1 }
        return length
    }

    mutating func encode(into output: inout BitWriter) {
        var position = 0
        while position < count {
            var bestLength = 0
            var bestDistance = 0
            if position + Deflate.minMatch <= count {
                let limit = min(Deflate.maxMatch, count - position)
                var candidate = Int(head[hash(position)]) - base
                var chain = 0
                while candidate >= 0, position - candidate <= Deflate.window, chain < Deflate.maxChain {
                    // Only a candidate that agrees up to and including byte `bestLength` can be
                    // longer; the byte there is checked first, as every greedy matcher does.
                    if bestLength == 0 || input[candidate + bestLength] == input[position + bestLength] {
                        let length = matchLength(candidate, position, limit: limit)
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    candidate = Int(previous[candidate]) - base
                    chain += 1
                }
            }
            if bestLength >= Deflate.minMatch {
                DeflateTables.writeMatch(length: bestLength, distance: bestDistance, to: &output)
                for offset in 0..<bestLength { insert(position + offset) }
                position += bestLength
            } else {
                let literal = Int(input[position])
                output.write(DeflateTables.literalCode[literal], bits: Int(DeflateTables.literalLength[literal]))
                insert(position)
                position += 1
            }
        }
        output.write(DeflateTables.literalCode[256], bits: Int(DeflateTables.literalLength[256]))
    }
}

/// Collects bits least-significant first, as DEFLATE packs them, four bytes at a time.
struct BitWriter {
    private var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func write(_ value: UInt32, bits: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += bits
        if count >= 32 {
            let word = UInt32(truncatingIfNeeded: buffer)
            bytes.append(UInt8(truncatingIfNeeded: word))
            bytes.append(UInt8(truncatingIfNeeded: word >> 8))
            bytes.append(UInt8(truncatingIfNeeded: word >> 16))
            bytes.append(UInt8(truncatingIfNeeded: word >> 24))
            buffer >>= 32
            count -= 32
        }
    }

    mutating func finish() -> [UInt8] {
        while count > 0 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
        buffer = 0
        count = 0
        return bytes
    }
}
