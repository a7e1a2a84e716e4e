import Foundation
import Testing

@testable import LexRuntimeServer

@Suite("gzip framing of the x-amz-lex headers")
struct GzipTests {
    @Test("what is compressed decompresses to the same bytes")
    func roundTrip() throws {
        let text = Data(String(repeating: "book a meeting on 2026-11-23 at 10:30, ", count: 50).utf8)
        let packed = Gzip.compress(text)
        #expect(Gzip.isGzip(packed))
        #expect(packed.count < text.count)
        #expect(try Gzip.decompress(packed, limit: 1 << 20) == text)
    }
}

@Suite("hostile gzip data")
struct HostileGzipTests {
    @Test("a truncated stream, garbage and a bomb are errors, never a hang or an over-read")
    func hostile() throws {
        let packed = Gzip.compress(Data(String(repeating: "tea please ", count: 200).utf8))
        for cut in [11, packed.count / 2, packed.count - 9] {
            var truncated = Data(packed.prefix(cut))
            truncated.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0])
            #expect(throws: Gzip.Failure.self) { try Gzip.decompress(truncated, limit: 1 << 20) }
        }
        let garbage = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] + Array(repeating: 0xFF, count: 40))
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(garbage, limit: 1 << 20) }
        let bomb = Gzip.compress(Data(count: 5_000_000))
        #expect(bomb.count < 20_000)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(bomb, limit: 256 * 1024) }
        var badChecksum = packed
        badChecksum[badChecksum.count - 8] ^= 0xFF
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(badChecksum, limit: 1 << 20) }
    }

    @Test("a header value may be gzipped JSON or plain base64 JSON; anything else is a ValidationException")
    func headerValues() throws {
        let gzipped = try LexHeaderCoding.encode(["channel": "web"])
        #expect(try LexHeaderCoding.decode([String: String].self, header: "h", from: gzipped) == ["channel": "web"])
        let plain = Data(#"{"channel":"web"}"#.utf8).base64EncodedString()
        #expect(try LexHeaderCoding.decode([String: String].self, header: "h", from: plain) == ["channel": "web"])
        for bad in ["***", Data("[1]".utf8).base64EncodedString(), "H4sIAAAA"] {
            #expect(throws: LexAPIError.self) {
                try LexHeaderCoding.decode([String: String].self, header: "h", from: bad)
            }
        }
    }
}
