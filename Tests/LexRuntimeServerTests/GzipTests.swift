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
