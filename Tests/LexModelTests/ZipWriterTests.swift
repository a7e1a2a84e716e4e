import Foundation
import MeetyDiagnostics
import Testing

@testable import LexModel

@Suite("The deterministic zip writer")
struct ZipWriterTests {
    /// Deterministic pseudo-random bytes (a 64-bit LCG), so the test data never changes.
    private static func noise(count: Int, seed: UInt64) -> Data {
        var state = seed
        return Data(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            }
        )
    }

    private static let samples: [String: Data] = [
        "empty.json": Data(),
        "one.json": Data([0x7B]),
        "all-bytes.json": Data((0..<1024).map { UInt8($0 % 256) }),
        "long-run.json": Data(repeating: 0x41, count: 70_000),
        "noise.json": noise(count: 100_000, seed: 42),
        "text.json": Data(
            String(repeating: "{\"utterance\": \"book a meeting on {MeetingDate}\"},\n", count: 3000).utf8),
        "mixed.json": noise(count: 40_000, seed: 7) + Data(repeating: 0, count: 300) + noise(count: 40_000, seed: 7),
        "dir/é.json": Data("non-ASCII name".utf8),
    ]

    @Test("every sample inflates back to itself through ZIPFoundation")
    func roundTrip() throws {
        let zip = try LexZipWriter.zip(Self.samples)
        var bag = DiagnosticBag()
        let files = LexExportReader().unzip(zip, source: "samples.zip", into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        #expect(files == Self.samples)
    }

    @Test("repetitive text compresses; the bytes never change")
    func compression() throws {
        let text = try #require(Self.samples["text.json"])
        let zip = try LexZipWriter.zip(["text.json": text])
        #expect(zip.count < text.count / 20)
        #expect(try LexZipWriter.zip(["text.json": text]) == zip)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(Deflate.compress([]) == [0x03, 0x00])
        // "a", then a length-9 match at distance 1 (zlib decodes it to the same ten bytes).
        #expect(Deflate.compress(Array("aaaaaaaaaa".utf8)) == [0x4B, 0x84, 0x03, 0x00])
    }

    @Test("paths that would leave the root cannot be zipped")
    func unsafePaths() {
        for path in ["../x.json", "/x.json", "a//b.json", ""] {
            #expect(throws: Diagnostic.self) { try LexZipWriter.zip([path: Data()]) }
        }
    }
}
