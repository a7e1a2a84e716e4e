import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Lex quotas")
struct LocaleQuotaTests {
    /// `count` intents in `locale`, the last being the fallback intent.
    private func bot(intents count: Int, locale: String) -> BotDefinition {
        var factory = BotFactory()
        var intents = (1..<count).map { factory.intent("Intent\($0)", utterances: ["phrase \($0)"]) }
        intents.append(factory.fallback())
        return factory.bot(locale: locale, intents: intents)
    }

    @Test(
        "intents per locale: 1,000 in en_AU, en_GB and en_US, 250 elsewhere (the fallback intent counts)",
        arguments: [("en_US", 1_000), ("en_GB", 1_000), ("en_AU", 1_000), ("en_IN", 250), ("fr_FR", 250)]
    )
    func intentQuota(locale: String, limit: Int) throws {
        #expect(BotFactory.validate(bot(intents: limit, locale: locale)).isEmpty)
        let over = bot(intents: limit + 1, locale: locale)
        let diagnostics = BotFactory.validate(over)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == .tooManyIntents)
        #expect(diagnostic.message == "locale '\(locale)' has \(limit + 1) intents, more than Lex's quota of \(limit)")
        #expect(diagnostic.span == over.locales[0].intents[limit].name.span)
    }

    @Test("1,001 intents in en_US, generated as YAML, are reported at the 1,001st intent's key")
    func intentQuotaFromYAML() throws {
        let intents = (1...1_000).map { "      Intent\($0): {utterances: [phrase \($0)]}" }.joined(separator: "\n")
        let text = BotValidation.bot(intents: intents)
        let diagnostics = BotValidation.diagnostics(text)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == .tooManyIntents)
        #expect(diagnostic.message == "locale 'en_US' has 1001 intents, more than Lex's quota of 1000")
        #expect(diagnostic.span?.start == SourcePosition(line: 1_005, column: 7))
    }

    @Test("1,500 utterances per intent are fine; the 1,501st is reported")
    func utteranceQuota() throws {
        func text(_ count: Int) -> String {
            let lines = (1...count).map { "          - phrase number \($0)" }.joined(separator: "\n")
            return BotValidation.bot(intents: "      Chatty:\n        utterances:\n\(lines)")
        }
        #expect(BotValidation.diagnostics(text(1_500)).isEmpty)
        let diagnostics = BotValidation.diagnostics(text(1_501))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == .tooManyUtterances)
        #expect(diagnostic.message == "intent 'Chatty' has 1501 utterances, more than Lex's limit of 1500")
        #expect(diagnostic.span?.start == SourcePosition(line: 1_507, column: 13))
    }

    @Test("custom slot types per locale: 250 in en_US, 100 in fr_FR", arguments: [("en_US", 250), ("fr_FR", 100)])
    func slotTypeQuota(locale: String, limit: Int) throws {
        func bot(_ count: Int) -> BotDefinition {
            var factory = BotFactory()
            let types = (1...count).map { factory.slotType("Type\($0)", values: ["v"]) }
            return factory.bot(locale: locale, intents: [factory.fallback()], slotTypes: types)
        }
        #expect(BotFactory.validate(bot(limit)).isEmpty)
        let over = bot(limit + 1)
        let diagnostics = BotFactory.validate(over)
        #expect(diagnostics.map(\.code) == [.tooManySlotTypes])
        #expect(diagnostics.first?.span == over.locales[0].slotTypes[limit].name.span)
    }

    @Test("slots per locale: 4,000 in en_US, across intents of at most 100 slots each")
    func slotsPerLocale() throws {
        func bot(intents: Int) -> BotDefinition {
            var factory = BotFactory()
            var list = (1...intents).map { index in
                factory.intent("Form\(index)", utterances: ["form \(index)"], slots: (1...100).map { "S\($0)" })
            }
            list.append(factory.fallback())
            return factory.bot(intents: list)
        }
        #expect(BotFactory.validate(bot(intents: 40)).isEmpty)
        let over = bot(intents: 41)
        let diagnostics = BotFactory.validate(over)
        #expect(
            diagnostics.map(\.message) == [
                "locale 'en_US' has 4100 slots across its intents, more than Lex's quota of 4000"
            ])
        #expect(diagnostics.first?.span == over.locales[0].intents[40].slots[0].name.span)
    }

    @Test("10,000 values per slot type and 50,000 per locale")
    func slotValueQuotas() throws {
        var factory = BotFactory()
        let full = factory.slotType("Full", values: (1...10_000).map { "v\($0)" })
        let over = factory.slotType("Over", values: (1...10_001).map { "w\($0)" })
        let bot = factory.bot(intents: [factory.fallback()], slotTypes: [full, over])
        let diagnostics = BotFactory.validate(bot)
        #expect(
            diagnostics.map(\.message) == [
                "slot type 'Over' has 10001 values and synonyms, more than Lex's limit of 10000"
            ])
        guard case .values(_, let values) = bot.locales[0].slotTypes[1].kind else {
            Issue.record("slot type 'Over' must be a values type")
            return
        }
        #expect(diagnostics.first?.span == values[10_000].value.span)

        var many = BotFactory()
        let types = (1...6).map { type in many.slotType("T\(type)", values: (1...9_000).map { "t\(type)v\($0)" }) }
        let crowded = many.bot(intents: [many.fallback()], slotTypes: types)
        let crowdedDiagnostics = BotFactory.validate(crowded)
        #expect(crowdedDiagnostics.map(\.code) == [.tooManySlotValuesInLocale])
        guard case .values(_, let sixth) = crowded.locales[0].slotTypes[5].kind else {
            Issue.record("slot type 'T6' must be a values type")
            return
        }
        #expect(crowdedDiagnostics.first?.span == sixth[5_000].value.span)
    }

    @Test("utterance text per locale: 200,000 characters outside en_AU, en_GB and en_US")
    func utteranceTextQuota() throws {
        var factory = BotFactory()
        let phrase = String(repeating: "a", count: 130)
        let utterances = (1...1_500).map { "\(phrase) \($0)" }
        let bot = factory.bot(
            locale: "fr_FR", intents: [factory.intent("Long", utterances: utterances), factory.fallback()])
        let diagnostics = BotFactory.validate(bot)
        let total = utterances.map(\.utf16.count).reduce(0, +)
        #expect(total > 200_000)
        #expect(
            diagnostics.map(\.message) == [
                "sample utterances of locale 'fr_FR' total \(total) characters, more than Lex's quota of 200000"
            ])
        var running = 0
        let crossing = utterances.firstIndex {
            running += $0.utf16.count
            return running > 200_000
        }!
        #expect(diagnostics.first?.span == bot.locales[0].intents[0].utterances[crossing].span)
        var english = BotFactory()
        let fine = english.bot(intents: [english.intent("Long", utterances: utterances), english.fallback()])
        #expect(BotFactory.validate(fine).isEmpty)
    }
}
