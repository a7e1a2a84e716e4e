import BotModel
import Foundation
import MeetyBenchmark
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Benchmark workloads")
struct WorkloadTests {
    @Test("a synthetic bot validates with no diagnostics at all and has the promised shape")
    func syntheticBotIsClean() throws {
        let bot = SyntheticBot(intents: 13)
        var bag = DiagnosticBag()
        let validated = try #require(BotLoader().load(bot.yaml(), file: "bench.yaml", into: &bag))
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        let locale = try #require(validated.definition.locales.first)
        #expect(locale.intents.count == 13)
        #expect(locale.slotTypes.count == 24, "two per intent besides the fallback intent")
        for intent in locale.intents where intent.name.value != "FallbackIntent" {
            #expect(intent.utterances.count == SyntheticBot.utterancesPerIntent)
            #expect(intent.slots.count == SyntheticBot.slotsPerIntent)
        }
        let resolutions = Set(locale.slotTypes.map(\.resolution))
        #expect(resolutions.count == 2, "both resolutions are used: \(resolutions)")
    }

    @Test("only a bot beyond Lex's per-locale quotas skips the quota rules, and exactly the exceeded ones")
    func exceededQuotas() {
        #expect(SyntheticBot(intents: 100).exceededQuotaRules.isEmpty)
        #expect(
            SyntheticBot(intents: 1_000).exceededQuotaRules
                == ["slotCountsFitLocaleQuota", "utteranceTextFitsLocaleQuota"])
    }

    @Test("workloads are the same bytes on every run")
    func deterministic() {
        #expect(SyntheticBot(intents: 30).yaml() == SyntheticBot(intents: 30).yaml())
        #expect(SyntheticSuite(scripts: 50).files().map(\.text) == SyntheticSuite(scripts: 50).files().map(\.text))
        #expect(
            SyntheticSuite(scripts: 50, seed: 1).files().map(\.text) != SyntheticSuite(scripts: 50).files().map(\.text))
    }

    @Test("synthetic scripts average about eight turns and use all four scenario shapes")
    func suiteShape() {
        let files = SyntheticSuite(scripts: 400).files()
        let average = Double(files.map(\.turns).reduce(0, +)) / Double(files.count)
        #expect((7.0...9.0).contains(average), "average \(average) turns")
        for shape in ["conflict then a free slot", "one-sentence booking", "race for one slot", "declined"] {
            #expect(files.contains { $0.text.contains(shape) }, "no script of shape '\(shape)'")
        }
    }

    @Test("pseudo-words are distinct for distinct numbers")
    func pseudoWords() {
        let words = (0..<5_000).map(PseudoWords.word)
        #expect(Set(words).count == words.count)
        #expect(PseudoWords.word(0) == "bababa")
        #expect(PseudoWords.name(1) == "Babake")
    }
}
