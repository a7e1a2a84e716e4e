import Foundation
import MeetyFuzzing
import MeetyTestSupport
import Testing

/// A short, deterministic fuzz run on every `swift test`: seeded mutations of the repository's bot
/// and conversation files through the same target libFuzzer drives (`scripts/fuzz.sh`).
@Suite("Seeded fuzzing")
struct SeededFuzzTests {
    /// The seed files: MeetyBot, its conversations, the bot fixtures and the hostile corpus.
    static let seeds: [[UInt8]] = {
        let folders = ["bots", "conversations", "Tests/BotModelTests/Fixtures", "Tests/Corpus"]
        var files: [URL] = []
        for folder in folders {
            let root = TestResources.path(folder)
            let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = found?.nextObject() as? URL {
                if url.pathExtension == "yaml" { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }.compactMap { try? [UInt8](Data(contentsOf: $0)) }
            .filter { $0.count <= 65_536 }
    }()

    @Test("there are seeds from every folder")
    func seedsFound() {
        #expect(Self.seeds.count > 100)
    }

    @Test("mutated inputs keep every loader contract", arguments: 0..<4)
    func mutations(_ shard: Int) {
        var mutator = SeededMutator(seed: UInt64(shard) &* 0x9E37_79B9 &+ 1)
        var broken: [String] = []
        for _ in 0..<500 {
            let base = Self.seeds[mutator.below(Self.seeds.count)]
            let other = Self.seeds[mutator.below(Self.seeds.count)]
            let input = mutator.mutate(base, splicingWith: other)
            let problems = FuzzTarget.check(input)
            if !problems.isEmpty {
                broken.append(
                    "\(problems.joined(separator: "\n"))\ninput: \(input.map { String(format: "%02x", $0) }.joined())")
            }
        }
        #expect(broken.isEmpty, "\(broken.count) inputs broke a contract; first:\n\(broken.first ?? "")")
    }
}
