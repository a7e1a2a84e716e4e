import BotModel
import Foundation
import LexCompiler
import MeetyDiagnostics
import YAMLNode

/// One in-memory compile of a synthetic bot, run once under a profiler
/// (`valgrind --tool=callgrind meety-bench --profile-compile 1000`), with a digest of its output.
///
/// Instruction counts are repeatable on a shared machine where wall time is not, so speed work on
/// the compiler is judged by profiles of this run; the digest proves that a change left every
/// output byte as it was (the golden tests cover small bots, this covers the benchmark's).
public struct CompileProfile: Sendable {
    /// The workload.
    public let bot: SyntheticBot

    /// Creates the profile run of `bot`.
    public init(bot: SyntheticBot) {
        self.bot = bot
    }

    /// Compiles the bot once (parse, decode, every rule, render) and describes the output:
    /// file count, byte count and an FNV-1a-64 digest over every path and its bytes in path order.
    /// Throws when the bot does not compile (a benchmark bug).
    public func run() throws -> String {
        let bytes = Array(bot.yaml().utf8)
        let (compiled, stages) = try CompileBenchmark.compileInMemory(bytes, bot: bot)
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            digest ^= UInt64(byte)
            digest = digest &* 0x0000_0100_0000_01b3
        }
        var total = 0
        for path in compiled.files.keys.sorted() {
            for byte in path.utf8 { mix(byte) }
            mix(0)
            guard let data = compiled.files[path] else { continue }
            total += data.count
            data.withUnsafeBytes { buffer in for byte in buffer { mix(byte) } }
        }
        let hex = String(digest, radix: 16)
        let times = stages.map { "\($0.name) \(String(format: "%.1f/%.1f", $0.wall, $0.cpu))" }
            .joined(separator: ", ")
        return "\(bot.name): \(compiled.files.count) files, \(total) bytes, digest \(hex); ms wall/CPU: \(times)"
    }
}
