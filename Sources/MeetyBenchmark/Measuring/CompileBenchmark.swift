import BotModel
import Foundation
import LexCompiler
import MeetyDiagnostics
import YAMLNode

/// Measures `meety-bot compile` on a synthetic bot, stage by stage, in memory and on disk.
public struct CompileBenchmark: Sendable {
    /// The workload.
    public let bot: SyntheticBot
    /// How many times each measurement runs; the median is reported.
    public let repeats: Int

    /// Creates the benchmark.
    public init(bot: SyntheticBot, repeats: Int) {
        self.bot = bot
        self.repeats = max(1, repeats)
    }

    /// Runs the measurements. Throws when the synthetic bot does not compile (a benchmark bug).
    ///
    /// Every validation rule runs inside the timed validate stage. The rules whose Lex quota the
    /// workload exceeds by construction (`SyntheticBot.exceededQuotaRules`) run into a bag of
    /// their own, which must hold their errors, so their cost is counted without their errors
    /// stopping the compile.
    public func run() throws -> CompileFigures {
        let bytes = Array(bot.yaml().utf8)
        let file = "\(bot.name).yaml"
        let failingRules = bot.exceededQuotaRules
        var floor: [Double] = []
        var stages: [[Double]] = Array(repeating: [], count: 5)
        var compiled: CompiledBot?
        for _ in 0..<repeats {
            let (events, floorTime) = Stopwatch.time { LibYAMLFloor.parse(bytes) }
            guard events != nil else { throw BenchmarkError("libyaml rejects the synthetic bot") }
            floor.append(floorTime.milliseconds)
            var bag = DiagnosticBag()
            let (root, parseTime) = Stopwatch.time { YAMLParser().parse(bytes, file: file, into: &bag) }
            let (definition, decodeTime) = Stopwatch.time { BotDecoder().decode(root, file: file, into: &bag) }
            guard let definition else { throw BenchmarkError("the synthetic bot does not decode", bag) }
            let (validated, validateTime) = try Stopwatch.time {
                try Self.validate(definition, exceeding: failingRules, into: &bag)
            }
            let (output, renderTime) = Stopwatch.time { LexCompiler().compile(validated, into: &bag) }
            guard let output else { throw BenchmarkError("the synthetic bot does not compile", bag) }
            compiled = output
            let total = parseTime + decodeTime + validateTime + renderTime
            for (index, time) in [parseTime, decodeTime, validateTime, renderTime, total].enumerated() {
                stages[index].append(time.milliseconds)
            }
        }
        guard let compiled else { throw BenchmarkError("nothing was compiled") }
        let write = try writeTimes(compiled)
        return CompileFigures(
            intents: bot.intents,
            yamlBytes: bytes.count,
            outputFiles: compiled.files.count,
            outputBytes: compiled.files.values.reduce(0) { $0 + $1.count },
            failingQuotaRules: failingRules.sorted(),
            libyamlMs: Percentiles.median(floor),
            parseMs: Percentiles.median(stages[0]),
            decodeMs: Percentiles.median(stages[1]),
            validateMs: Percentiles.median(stages[2]),
            renderMs: Percentiles.median(stages[3]),
            inMemoryMs: Percentiles.median(stages[4]),
            writeMs: write,
            peakRSSMiB: PeakMemory.mebibytes()
        )
    }

    /// Parses, decodes, validates (every rule) and compiles `bytes` once: what `CompileProfile`
    /// runs under a profiler. Returns the output and each stage's wall and CPU time (libyaml's
    /// floor first).
    static func compileInMemory(_ bytes: [UInt8], bot: SyntheticBot) throws -> (
        CompiledBot, [(name: String, wall: Double, cpu: Double)]
    ) {
        let file = "\(bot.name).yaml"
        let failingRules = bot.exceededQuotaRules
        var bag = DiagnosticBag()
        var stages: [(name: String, wall: Double, cpu: Double)] = []
        func stage<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
            let ((result, cpu), wall) = try Stopwatch.time { try Stopwatch.cpuTime(body) }
            stages.append((name, wall.milliseconds, cpu.milliseconds))
            return result
        }
        _ = stage("libyaml") { LibYAMLFloor.parse(bytes) }
        let root = stage("parse") { YAMLParser().parse(bytes, file: file, into: &bag) }
        let definition = stage("decode") { BotDecoder().decode(root, file: file, into: &bag) }
        guard let definition else { throw BenchmarkError("the synthetic bot does not decode", bag) }
        let validated = try stage("validate") { try validate(definition, exceeding: failingRules, into: &bag) }
        let output = stage("render") { LexCompiler().compile(validated, into: &bag) }
        guard let compiled = output else { throw BenchmarkError("the synthetic bot does not compile", bag) }
        return (compiled, stages)
    }

    /// Runs every rule over `definition`. The rules named in `exceeded` run into a bag of their
    /// own and must each report an error (the workload exceeds their quota by construction); the
    /// others make the `ValidatedBot`.
    static func validate(
        _ definition: BotDefinition,
        exceeding exceeded: Set<String>,
        into bag: inout DiagnosticBag
    ) throws -> ValidatedBot {
        let passing = ValidationRule.all.filter { !exceeded.contains($0.name) }
        for rule in ValidationRule.all where exceeded.contains(rule.name) {
            var findings = DiagnosticBag()
            rule.check(definition, &findings)
            guard findings.hasErrors else {
                throw BenchmarkError(
                    "rule \(rule.name) should exceed its quota in \(definition.name.value) but finds nothing")
            }
        }
        guard let validated = BotValidator(rules: passing).validate(definition, into: &bag) else {
            throw BenchmarkError("the synthetic bot is invalid", bag)
        }
        return validated
    }

    /// Writes every output file (tree, zip, template) into a new temporary folder, `repeats` times
    /// (a new folder each time: deleting and recreating one folder measures the file system's
    /// inode reuse, not the compiler), then removes the folders.
    private func writeTimes(_ compiled: CompiledBot) throws -> Double {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("meety-bench-\(getpid())-\(bot.intents)")
        defer { try? manager.removeItem(at: root) }
        let files = compiled.files.sorted { $0.key < $1.key }
        var times: [Double] = []
        for attempt in 0..<repeats {
            let folder = root.appendingPathComponent("\(attempt)")
            let (_, time) = try Stopwatch.time {
                for (path, data) in files {
                    let url = folder.appendingPathComponent(path)
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
            }
            times.append(time.milliseconds)
        }
        return Percentiles.median(times)
    }
}
