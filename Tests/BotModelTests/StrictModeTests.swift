import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Strict mode")
struct StrictModeTests {
    private let warningsOnly = """
        name: TestBot
        locales:
          en_US:
            slotTypes:
              Size: {values: [small, Small]}
            intents:
              Greet:
                utterances: [hello]
                dialogHook: true
              Hello:
                utterances: [Hello]
              FallbackIntent: {parent: AMAZON.FallbackIntent}
        """

    @Test("warnings alone do not stop validation; the validated bot carries them")
    func warningsPass() throws {
        let (bot, diagnostics) = BotValidation.load(warningsOnly)
        let validated = try #require(bot)
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(
            diagnostics.map(\.code) == [.duplicateSlotValue, .hookWithoutCodeHook, .duplicateUtteranceAcrossIntents])
        #expect(validated.warnings.map(\.code).sorted() == diagnostics.map(\.code).sorted())
    }

    @Test("strict turns every warning into an error with the same code, message and position")
    func strictPromotes() {
        let (lenientBot, lenient) = BotValidation.load(warningsOnly)
        let (strictBot, strict) = BotValidation.load(warningsOnly, strict: true)
        #expect(lenientBot != nil)
        #expect(strictBot == nil)
        #expect(strict.map(\.severity) == [.error, .error, .error])
        #expect(strict.map(\.code) == lenient.map(\.code))
        #expect(strict.map(\.message) == lenient.map(\.message))
        #expect(strict.map(\.span) == lenient.map(\.span))
    }

    @Test("strict changes nothing for errors or for a clean bot")
    func strictKeepsErrors() {
        let broken = warningsOnly.replacingOccurrences(of: "utterances: [hello]", with: "utterances: [\"hello {X}\"]")
        let lenient = BotValidation.diagnostics(broken)
        let strict = BotValidation.diagnostics(broken, strict: true)
        #expect(lenient.contains { $0.severity == .error && $0.code == .undefinedSlotReference })
        #expect(strict.filter { $0.code == .undefinedSlotReference }.map(\.severity) == [.error])
        #expect(strict.allSatisfy { $0.severity == .error })
        let clean = BotValidation.load(
            BotValidation.bot(intents: "      Greet:\n        utterances: [hi]"), strict: true)
        #expect(clean.0 != nil && clean.1.isEmpty)
    }
}
