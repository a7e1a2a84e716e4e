/// The fixed Huffman codes of DEFLATE (RFC 1951 §3.2.5–3.2.6), precomputed so that writing a
/// literal or a match is a few table look-ups.
enum DeflateTables {
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The fixed literal/length codes, bit-reversed for LSB-first output, and their lengths.
    static let literalCode: [UInt32] = (0..<288).map { literal(for: $0).code }
    static let literalLength: [UInt8] = (0..<288).map { UInt8(literal(for: $0).length) }

    private static func literal(for symbol: Int) -> (code: UInt32, length: Int) {
        let (code, length): (Int, Int) =
            switch symbol {
            case 0...143: (0x30 + symbol, 8)
            case 144...255: (0x190 + symbol - 144, 9)
            case 256...279: (symbol - 256, 7)
            default: (0xC0 + symbol - 280, 8)
            }
        return (reversed(UInt32(code), length), length)
    }

    /// For each match length 0...258, the index of its length code (the last base at or below it).
    static let lengthIndex: [UInt8] = (0...Deflate.maxMatch).map { length in
        UInt8((lengthBase.lastIndex { $0 <= length }) ?? 0)
    }

    /// For each distance 0...32768, the index of its distance code (the last base at or below it).
    static let distanceIndex: [UInt8] = (0...Deflate.window).map { distance in
        UInt8((distanceBase.lastIndex { $0 <= distance }) ?? 0)
    }

    /// The 5-bit distance codes, bit-reversed.
    static let distanceCode: [UInt32] = (0..<30).map { reversed(UInt32($0), 5) }

    /// Writes a match of `length` bytes `distance` bytes back.
    @inline(__always)
    static func writeMatch(length: Int, distance: Int, to output: inout BitWriter) {
        let lengthCode = Int(lengthIndex[length])
        output.write(literalCode[257 + lengthCode], bits: Int(literalLength[257 + lengthCode]))
        output.write(UInt32(length - lengthBase[lengthCode]), bits: lengthExtra[lengthCode])
        let distanceCodeIndex = Int(distanceIndex[distance])
        output.write(distanceCode[distanceCodeIndex], bits: 5)
        output.write(UInt32(distance - distanceBase[distanceCodeIndex]), bits: distanceExtra[distanceCodeIndex])
    }

    static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
        var result: UInt32 = 0
        for bit in 0..<length where code & (1 << UInt32(bit)) != 0 {
            result |= 1 << UInt32(length - 1 - bit)
        }
        return result
    }
}
