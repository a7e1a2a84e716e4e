import ConversationRunner
import Foundation
import MeetyBenchmark
import MeetyTestSupport
import Testing

@Suite("Benchmark measurements")
struct MeasurementTests {
    private static func meetyBot() throws -> BotUnderTest {
        let path = TestResources.path("bots/meetybot.yaml").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return try TestBenchmark.botUnderTest(Array(bytes), path: path)
    }

    @Test("every synthetic script passes against bots/meetybot.yaml and its LexLambda")
    func syntheticSuitePasses() async throws {
        let bot = try Self.meetyBot()
        let suite = SyntheticSuite(scripts: 120)
        let figures = try await TestBenchmark(suite: suite, jobs: 2).run(bot: bot)
        #expect(figures.scripts == 120)
        #expect(figures.turns == suite.files().map(\.turns).reduce(0, +))
        #expect(figures.p50TurnUs > 0 && figures.p50TurnUs <= figures.p99TurnUs)
    }

    @Test("a suite that does not match the bot is an error, not a figure")
    func failingScriptThrows() async throws {
        var bot = try Self.meetyBot()
        bot.hook = NoCodeHook()
        await #expect(throws: BenchmarkError.self) {
            _ = try await TestBenchmark(suite: SyntheticSuite(scripts: 5), jobs: 1).run(bot: bot)
        }
    }

    @Test("a compile measurement covers every stage and writes every output file")
    func compileFigures() throws {
        let figures = try CompileBenchmark(bot: SyntheticBot(intents: 3), repeats: 1).run()
        #expect(figures.intents == 3)
        #expect(figures.outputFiles > 3 * SyntheticBot.slotsPerIntent)
        #expect(figures.libyamlMs > 0 && figures.parseMs > 0 && figures.renderMs > 0 && figures.writeMs > 0)
        #expect(
            abs(figures.inMemoryMs - (figures.parseMs + figures.decodeMs + figures.validateMs + figures.renderMs))
                < 1e-6)
        #expect(figures.peakRSSMiB > 1)
    }

    @Test("libyaml's floor counts the events of a document and refuses broken YAML")
    func libyamlFloor() {
        #expect(
            LibYAMLFloor.parse(Array("a: [1, 2]\n".utf8)) == 11,
            "stream, document, mapping, key, sequence, two items and their ends")
        #expect(LibYAMLFloor.parse(Array("a: [1, 2\n".utf8)) == nil)
    }

    @Test("nearest-rank percentiles return measured samples")
    func percentiles() {
        let samples = (1...100).map(Double.init).shuffled()
        #expect(Percentiles.median(samples) == 50)
        #expect(Percentiles.value(0.99, of: samples) == 99)
        #expect(Percentiles.value(1, of: samples) == 100)
        #expect(Percentiles.value(0.5, of: []) == 0)
        #expect(Percentiles.value(0.5, of: [7]) == 7)
    }
}
