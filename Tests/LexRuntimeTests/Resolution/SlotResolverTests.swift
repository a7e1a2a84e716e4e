import CodeHooks
import LexRuntime
import Testing

@Suite("Slot resolver entry point")
struct SlotResolverTests {
    let resolver = try! SlotResolver(customSlotTypes: [
        CustomSlotType(
            name: "Room", values: [.init("Blue Room", synonyms: ["blue"])], resolutionStrategy: .topResolution)
    ])

    @Test("the three outcomes are distinguishable and only unresolved fails a template match")
    func outcomes() {
        let resolved = resolver.resolve("10:30", as: "AMAZON.Time", now: Clocks.friday)
        #expect(resolved.outcome == .resolved && resolved.isMatch)
        let ambiguous = resolver.resolve("at 3", as: "AMAZON.Time", now: Clocks.friday)
        #expect(ambiguous.outcome == .ambiguous && ambiguous.isMatch)
        #expect(ambiguous.originalValue == "at 3")
        let unresolved = resolver.resolve("lunchtime", as: "AMAZON.Time", now: Clocks.friday)
        #expect(unresolved.outcome == .unresolved && !unresolved.isMatch)
        #expect(unresolved.originalValue == "lunchtime")
        #expect(resolver.matches("at 3", as: "AMAZON.Time", now: Clocks.friday))
        #expect(!resolver.matches("lunchtime", as: "AMAZON.Time", now: Clocks.friday))
    }

    @Test("spans of one tokenized utterance resolve without re-tokenizing")
    func spans() {
        let text = TokenizedText("book a meeting on Nov 23rd at 10:30am, please")
        let date = resolver.resolve(text.span(4..<6), as: "AMAZON.Date", now: Clocks.friday)
        #expect(date.interpretedValue == "2026-11-23" && date.originalValue == "Nov 23rd")
        let time = resolver.resolve(text.span(7..<8), as: "AMAZON.Time", now: Clocks.friday)
        #expect(time.interpretedValue == "10:30" && time.originalValue == "10:30am")
        #expect(!resolver.matches(text.span(4..<7), as: "AMAZON.Date", now: Clocks.friday))
        #expect(resolver.matches(text.span(7..<8), as: "AMAZON.Time", now: Clocks.friday))
    }

    @Test("type names: custom first, built-ins case-insensitively, unknown names resolve nothing")
    func typeNames() {
        #expect(resolver.resolve("blue", as: "Room", now: Clocks.friday).interpretedValue == "Blue Room")
        #expect(resolver.resolve("tomorrow", as: "AMAZON.DATE", now: Clocks.friday).interpretedValue == "2026-11-21")
        #expect(resolver.knowsSlotType(named: "Room"))
        #expect(resolver.knowsSlotType(named: "AMAZON.StreetName"))
        #expect(!resolver.knowsSlotType(named: "NoSuchType"))
        #expect(!resolver.knowsSlotType(named: "AMAZON."))
        #expect(resolver.resolve("anything", as: "NoSuchType", now: Clocks.friday).outcome == .unresolved)
        #expect(BuiltInSlotType(name: "amazon.emailaddress") == .emailAddress)
        #expect(BuiltInSlotType(name: "AMAZON.Airport") == .asSaid)
        #expect(BuiltInSlotType(name: "Room") == nil)
    }

    @Test("empty input resolves under no type", arguments: BuiltInSlotType.allCases)
    func emptyInput(_ type: BuiltInSlotType) {
        let resolution = type.resolve(TokenizedText(" ?! ").all, now: Clocks.friday)
        #expect(resolution == .unresolved(originalValue: ""))
    }

    @Test("the same text resolves relative to the clock it is given")
    func clockIsAParameter() {
        let friday = resolver.resolve("next monday", as: "AMAZON.Date", now: Clocks.friday)
        let monday = resolver.resolve("next monday", as: "AMAZON.Date", now: Clocks.monday)
        #expect(friday.interpretedValue == "2026-11-23")
        #expect(monday.interpretedValue == "2026-01-12")
    }

    @Test("a resolution converts to the code-hook slot value unchanged")
    func slotValues() {
        let ambiguous = resolver.resolve("half past ten", as: "AMAZON.Time", now: Clocks.friday).slotValue
        #expect(
            ambiguous
                == SlotValue(originalValue: "half past ten", interpretedValue: nil, resolvedValues: ["10:30", "22:30"]))
        let unresolved = resolver.resolve("purple", as: "Room", now: Clocks.friday).slotValue
        #expect(unresolved == SlotValue(originalValue: "purple", interpretedValue: nil, resolvedValues: []))
        let resolved = resolver.resolve("Blue.", as: "Room", now: Clocks.friday).slotValue
        #expect(
            resolved == SlotValue(originalValue: "Blue", interpretedValue: "Blue Room", resolvedValues: ["Blue Room"]))
    }

    @Test("at most five candidates are kept")
    func candidateCap() {
        let resolution = SlotResolution.ambiguous(originalValue: "x", candidates: ["1", "2", "3", "4", "5", "6"])
        #expect(resolution.resolvedValues == ["1", "2", "3", "4", "5"])
    }
}
