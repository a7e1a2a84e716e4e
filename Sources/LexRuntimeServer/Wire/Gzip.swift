import Foundation
import ZIPFoundation

/// gzip (RFC 1952) framing around the raw deflate streams of ZIPFoundation, for the `x-amz-lex-*`
/// headers of RecognizeUtterance and PutSession, which Lex sends and accepts gzipped and base64-encoded.
enum Gzip {
    /// Why gzip data could not be read.
    struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        var description: String
    }

    /// Thrown by the consumer when the output passes the limit.
    private struct TooLarge: Error {}
    /// Thrown by the provider when inflating wants input past the end of the stream.
    private struct Truncated: Error {}

    /// `data` compressed into a gzip member (no file name, no time stamp, so equal input gives
    /// equal output).
    static func compress(_ input: Data) -> Data {
        let data = Data(input)
        var deflated = Data()
        let crc =
            (try? Data.compress(
                size: Int64(data.count), bufferSize: 16 * 1024,
                provider: { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                },
                consumer: { deflated.append($0) })) ?? data.crc32(checksum: 0)
        var output = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])
        output.append(deflated)
        output.append(contentsOf: littleEndian(crc))
        output.append(contentsOf: littleEndian(UInt32(truncatingIfNeeded: data.count)))
        return output
    }

    /// Whether `data` starts like a gzip member.
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The contents of the gzip member `data`, at most `limit` bytes of them.
    /// - Throws: `Failure` for a bad header, a broken deflate stream, a checksum or length that does
    ///   not match, or contents longer than `limit`.
    static func decompress(_ data: Data, limit: Int) throws(Failure) -> Data {
        let bytes = [UInt8](data)
        guard bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 8 else {
            throw Failure(description: "not gzip data")
        }
        let flags = bytes[3]
        var offset = 10
        if flags & 0x04 != 0 {
            guard offset + 2 <= bytes.count else { throw Failure(description: "truncated gzip header") }
            offset += 2 + Int(bytes[offset]) + Int(bytes[offset + 1]) << 8
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {
            while offset < bytes.count, bytes[offset] != 0 { offset += 1 }
            offset += 1
        }
        if flags & 0x02 != 0 { offset += 2 }
        guard offset <= bytes.count - 8 else { throw Failure(description: "truncated gzip data") }
        let deflated = Data(bytes[offset..<(bytes.count - 8)])
        guard !deflated.isEmpty else { throw Failure(description: "truncated gzip data") }
        var inflated = Data()
        do {
            // One chunk of exactly the stream's length: ZIPFoundation's inflate loop tells zlib a chunk
            // holds `bufferSize` bytes whatever the provider returns, and asks for more input until the
            // stream ends, so a shorter chunk would be over-read and a truncated stream never end.
            _ = try Data.decompress(
                size: Int64(deflated.count), bufferSize: deflated.count, skipCRC32: true,
                provider: { position, _ in
                    guard position == 0 else { throw Truncated() }
                    return deflated
                },
                consumer: { chunk in
                    guard inflated.count + chunk.count <= limit else { throw TooLarge() }
                    inflated.append(chunk)
                })
        } catch is Truncated {
            throw Failure(description: "the deflate stream ends early")
        } catch is TooLarge {
            throw Failure(description: "the decompressed data is larger than \(limit) bytes")
        } catch {
            throw Failure(description: "broken deflate data")
        }
        let trailer = Array(bytes.suffix(8))
        let crc = UInt32(trailer[0]) | UInt32(trailer[1]) << 8 | UInt32(trailer[2]) << 16 | UInt32(trailer[3]) << 24
        guard inflated.crc32(checksum: 0) == crc else { throw Failure(description: "gzip checksum mismatch") }
        return inflated
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24 & 0xFF)]
    }
}
