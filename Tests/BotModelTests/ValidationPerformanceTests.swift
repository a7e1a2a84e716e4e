import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Validation performance")
struct ValidationPerformanceTests {
    @Test("a 1,000-intent bot with 100 utterances each validates clean, in linear time")
    // The utterances are short: 100,000 utterances of 20 characters would already exceed Lex's
    // 2,000,000-character quota for the locale's sample utterances.
    func largeBot() {
        var factory = BotFactory()
        var intents = (1..<1_000).map { index in
            factory.intent(
                "Intent\(index)",
                utterances: (1...100).map { "i\(index) p\($0) {N\(index)}" },
                slots: ["N\(index)"]
            )
        }
        intents.append(factory.fallback())
        let bot = factory.bot(intents: intents)
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = BotFactory.validate(bot, strict: true) }
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.description))")
        // A pairwise scan would compare 10^10 utterance pairs; the dictionary-based rules finish in
        // well under a second in release builds (about 3 s in a debug build, 11 s seen on a loaded
        // machine). The bound only catches quadratic regressions, which would take hours.
        #expect(elapsed < .seconds(60) * BuildSanitizer.slowdown, "took \(elapsed)")
    }
}
