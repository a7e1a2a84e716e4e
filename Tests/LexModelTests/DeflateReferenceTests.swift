import Foundation
import Testing

@testable import LexModel

/// The straightforward form of the zip writer's DEFLATE encoder: the same greedy matcher over
/// the same hash chains, a byte at a time, with fresh tables for every input. The fast encoder
/// (word-wise match lengths, hash tables reused across inputs, table-driven codes) must give
/// exactly its bytes, since committed zips are compared byte for byte.
private enum ReferenceDeflate {
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var bits = ReferenceBits()
        bits.write(1, 1)
        bits.write(1, 2)
        let count = input.count
        var head = [Int](repeating: -1, count: 1 << 15)
        var previous = [Int](repeating: -1, count: count)
        func hash(_ position: Int) -> Int {
            (Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])) & 0x7FFF
        }
        func insert(_ position: Int) {
            guard position + 3 <= count else { return }
            previous[position] = head[hash(position)]
            head[hash(position)] = position
        }
        var position = 0
        while position < count {
            var best = (length: 0, distance: 0)
            if position + 3 <= count {
                let limit = min(258, count - position)
                var candidate = head[hash(position)]
                var chain = 0
                while candidate >= 0, position - candidate <= 32_768, chain < 128 {
                    var length = 0
                    while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                    if length > best.length {
                        best = (length, position - candidate)
                        if length == limit { break }
                    }
                    candidate = previous[candidate]
                    chain += 1
                }
            }
            if best.length >= 3 {
                let lengthCode = DeflateTables.lengthBase.lastIndex { $0 <= best.length }!
                bits.symbol(257 + lengthCode)
                bits.write(best.length - DeflateTables.lengthBase[lengthCode], DeflateTables.lengthExtra[lengthCode])
                let distanceCode = DeflateTables.distanceBase.lastIndex { $0 <= best.distance }!
                var reversed = 0
                for bit in 0..<5 where distanceCode & (1 << bit) != 0 { reversed |= 1 << (4 - bit) }
                bits.write(reversed, 5)
                bits.write(
                    best.distance - DeflateTables.distanceBase[distanceCode], DeflateTables.distanceExtra[distanceCode])
                for offset in 0..<best.length { insert(position + offset) }
                position += best.length
            } else {
                bits.symbol(Int(input[position]))
                insert(position)
                position += 1
            }
        }
        bits.symbol(256)
        return bits.finish()
    }
}

/// Bits least-significant first, one at a time.
private struct ReferenceBits {
    var bytes: [UInt8] = []
    var current: UInt8 = 0
    var used = 0

    mutating func write(_ value: Int, _ count: Int) {
        for bit in 0..<count {
            if value & (1 << bit) != 0 { current |= 1 << UInt8(used) }
            used += 1
            if used == 8 {
                bytes.append(current)
                current = 0
                used = 0
            }
        }
    }

    /// A fixed-code literal/length symbol, most significant bit of the code first.
    mutating func symbol(_ symbol: Int) {
        let (code, length): (Int, Int) =
            switch symbol {
            case 0...143: (0x30 + symbol, 8)
            case 144...255: (0x190 + symbol - 144, 9)
            case 256...279: (symbol - 256, 7)
            default: (0xC0 + symbol - 280, 8)
            }
        for bit in (0..<length).reversed() { write((code >> bit) & 1, 1) }
    }

    mutating func finish() -> [UInt8] {
        if used > 0 { bytes.append(current) }
        return bytes
    }
}

@Suite("The zip writer's DEFLATE and CRC-32 against their straightforward forms")
struct DeflateReferenceTests {
    private static func noise(count: Int, seed: UInt64, alphabet: UInt8 = 255) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33) % alphabet
        }
    }

    private static var inputs: [[UInt8]] {
        let json = Array(
            (0..<400).map { "{\"utterance\": \"book meeting \($0 % 37) on {MeetingDate}\", \"n\": \($0)},\n" }
                .joined().utf8)
        return [
            [], [0x41], [0x41, 0x41], Array("aaaaaaaaaa".utf8), json, noise(count: 5_000, seed: 3),
            noise(count: 70_000, seed: 9, alphabet: 4), [UInt8](repeating: 0x20, count: 1_000) + json,
            Array(json[..<9_000]),
        ]
    }

    @Test("one encoder reused over many inputs gives the reference bytes for each")
    func deflateMatchesReference() {
        var deflate = Deflate()
        for input in Self.inputs + Self.inputs.reversed() {
            let fast = input.withUnsafeBufferPointer { deflate.compress($0) }
            #expect(fast == ReferenceDeflate.compress(input), "input of \(input.count) bytes")
        }
    }

    @Test("the sliced CRC-32 equals the byte-at-a-time one for every length and alignment")
    func crcMatchesReference() {
        func reference(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
        let data = Self.noise(count: 300, seed: 5)
        for start in 0..<9 {
            for end in stride(from: start, through: data.count, by: 7) {
                #expect(CRC32.checksum(Array(data[start..<end])) == reference(data[start..<end]))
            }
        }
    }
}
