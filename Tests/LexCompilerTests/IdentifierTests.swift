import LexCompiler
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test("derived from FNV-1a-64 of the path, in 10 base-36 digits")
    func derivation() {
        // FNV-1a-64("a") = 0xaf63dc4c8601ec8c, the published test vector; mod 36^10 in base 36:
        #expect(LexIdentifiers.derive("a") == "ONGOIV4RRG")
        #expect(LexIdentifiers.derive("") == "IIHZJ4UX45")
        #expect(LexIdentifiers.derive("MeetyBot") == "6WK002TGFQ")
        for path in ["x", "MeetyBot/BotLocales/en_US/Intents/BookMeeting", String(repeating: "é", count: 500)] {
            let id = LexIdentifiers.derive(path)
            #expect(id.count == 10)
            #expect(id.allSatisfy { ("0"..."9").contains($0) || ("A"..."Z").contains($0) })
        }
    }

    @Test("unique within one generator: a repeated path gets a rehashed identifier; FALLBCKINT is reserved")
    func uniqueness() {
        var identifiers = LexIdentifiers()
        let first = identifiers.identifier(for: "Bot/BotLocales/en_US/Intents/A")
        let second = identifiers.identifier(for: "Bot/BotLocales/en_US/Intents/A")
        #expect(first == LexIdentifiers.derive("Bot/BotLocales/en_US/Intents/A"))
        #expect(second == LexIdentifiers.derive("Bot/BotLocales/en_US/Intents/A#1"))
        #expect(first != second)
        var many = LexIdentifiers()
        let ids = (0..<5000).map { many.identifier(for: "Bot/BotLocales/en_US/Intents/I\($0 % 2500)") }
        #expect(Set(ids).count == ids.count)
        #expect(!ids.contains(LexIdentifiers.fallbackIdentifier))
    }
}
