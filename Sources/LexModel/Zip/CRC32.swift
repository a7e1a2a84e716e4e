/// The CRC-32 checksum (IEEE 802.3, reflected polynomial 0xEDB88320) that zip entries carry.
///
/// Computed eight bytes at a time ("slicing by 8": eight tables, each byte of a 64-bit word
/// looked up in its own), which gives the same checksum as the byte-at-a-time loop in an eighth of
/// the steps; a compiled bot checksums tens of megabytes.
enum CRC32 {
    /// Eight tables of 256 entries, one after the other: entry `256 * k + b` is the CRC of byte
    /// `b` followed by `k` zero bytes, so the first table is the classic one.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 {
                value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
            }
            table[index] = value
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = table[256 * (slice - 1) + index]
                table[256 * slice + index] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { checksum($0) }
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let start = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(start)
        let count = bytes.count
        return table.withUnsafeBufferPointer { table in
            var crc: UInt32 = 0xFFFF_FFFF
            var offset = 0
            while offset + 8 <= count {
                let word =
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) ^ UInt64(crc)
                var next: UInt32 = 0
                for slice in 0..<8 {
                    next ^= table[256 * (7 - slice) + Int((word >> UInt64(8 * slice)) & 0xFF)]
                }
                crc = next
                offset += 8
            }
            while offset < count {
                crc = table[Int((crc ^ UInt32(bytes[offset])) & 0xFF)] ^ (crc >> 8)
                offset += 1
            }
            return crc ^ 0xFFFF_FFFF
        }
    }
}
