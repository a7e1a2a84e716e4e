/// A small deterministic DEFLATE (RFC 1951) encoder: LZ77 with hash chains, one block of fixed
/// Huffman codes.
///
/// Zip output must be byte-identical on every machine so that `compile --check` can compare a
/// committed zip; the platform compressors differ (zlib on Linux, Apple's Compression framework
/// on macOS, and zlib versions among themselves), so the compiler does not use them for writing.
/// This encoder depends only on its input: greedy matching over a 32 KiB window, at most
/// `maxChain` candidates per position. Fixed codes cost a little ratio compared with dynamic ones,
/// which does not matter for exports of repetitive JSON. Any inflater reads the result.
enum Deflate {
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let window = 32_768
    private static let maxChain = 128
    private static let hashBits = 15

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145,
        8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The fixed literal/length codes (RFC 1951 §3.2.6), bit-reversed for LSB-first output.
    private static let literalCodes: [(code: UInt32, length: Int)] = (0..<288).map { symbol in
        let (code, length): (Int, Int) =
            switch symbol {
            case 0...143: (0x30 + symbol, 8)
            case 144...255: (0x190 + symbol - 144, 9)
            case 256...279: (symbol - 256, 7)
            default: (0xC0 + symbol - 280, 8)
            }
        return (reversed(UInt32(code), length), length)
    }

    /// The compressed form of `input` as a raw DEFLATE stream (no zlib header).
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var output = BitWriter()
        output.write(1, bits: 1)  // BFINAL: the only block
        output.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        let count = input.count
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var previous = [Int32](repeating: -1, count: count)
        func hash(_ position: Int) -> Int {
            let value = Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])
            return value & ((1 << hashBits) - 1)
        }
        func insert(_ position: Int) {
            guard position + minMatch <= count else { return }
            let key = hash(position)
            previous[position] = head[key]
            head[key] = Int32(position)
        }
        var position = 0
        while position < count {
            var bestLength = 0
            var bestDistance = 0
            if position + minMatch <= count {
                let limit = min(maxMatch, count - position)
                var candidate = Int(head[hash(position)])
                var chain = 0
                while candidate >= 0, position - candidate <= window, chain < maxChain {
                    if input[candidate + bestLength] == input[position + bestLength] || bestLength == 0 {
                        var length = 0
                        while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    candidate = Int(previous[candidate])
                    chain += 1
                }
            }
            if bestLength >= minMatch {
                writeMatch(length: bestLength, distance: bestDistance, to: &output)
                for offset in 0..<bestLength { insert(position + offset) }
                position += bestLength
            } else {
                let code = literalCodes[Int(input[position])]
                output.write(code.code, bits: code.length)
                insert(position)
                position += 1
            }
        }
        let end = literalCodes[256]
        output.write(end.code, bits: end.length)
        return output.finish()
    }

    private static func writeMatch(length: Int, distance: Int, to output: inout BitWriter) {
        let lengthIndex = (lengthBase.lastIndex { $0 <= length }) ?? 0
        let code = literalCodes[257 + lengthIndex]
        output.write(code.code, bits: code.length)
        output.write(UInt32(length - lengthBase[lengthIndex]), bits: lengthExtra[lengthIndex])
        let distanceIndex = (distanceBase.lastIndex { $0 <= distance }) ?? 0
        output.write(reversed(UInt32(distanceIndex), 5), bits: 5)
        output.write(UInt32(distance - distanceBase[distanceIndex]), bits: distanceExtra[distanceIndex])
    }

    private static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
        var result: UInt32 = 0
        for bit in 0..<length where code & (1 << UInt32(bit)) != 0 {
            result |= 1 << UInt32(length - 1 - bit)
        }
        return result
    }
}

/// Collects bits least-significant first, as DEFLATE packs them.
private struct BitWriter {
    private var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    mutating func write(_ value: UInt32, bits: Int) {
        guard bits > 0 else { return }
        buffer |= UInt64(value) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
        buffer = 0
        count = 0
        return bytes
    }
}
