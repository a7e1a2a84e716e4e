import BotDiff
import BotModel
import LexCompiler
import LexModel
import MeetyDiagnostics
import Testing

/// The semantic diff: defaults filled in before comparing, whole elements reported once, YAML positions.
@Suite struct BotDiffTests {
    static let bot = """
        name: Shop
        locales:
          en_US:
            intents:
              Order:
                utterances: [I want a pizza, a pizza please]
                slots:
                  Size: {type: AMAZON.Number, prompt: [How many?, How many pizzas?]}
              FallbackIntent: {parent: AMAZON.FallbackIntent}
        """

    static func elements(_ yaml: String, located: Bool = true) throws -> [BotElement] {
        var bag = DiagnosticBag()
        let validated = try #require(BotLoader().load(yaml, file: "shop.yaml", into: &bag), "\(bag.diagnostics)")
        let locator = located ? ElementLocator(definition: validated.definition) : nil
        return BotElements.extract(LexCompiler().export(validated), locator: locator)
    }

    @Test func anAbsentNextStepIsTheStepsDefault() throws {
        let compiled = try Self.elements(Self.bot)
        let failure = try #require(
            compiled.first { $0.path == ["intent", "Order", "slot", "Size", "failure", "next"] })
        #expect(failure.value == "StartIntent FallbackIntent")
        var bag = DiagnosticBag()
        var export = LexCompiler().export(try #require(BotLoader().load(Self.bot, file: "shop.yaml", into: &bag)))
        let order = try #require(export.locales[0].intents.firstIndex { $0.name == "Order" })
        try #require(export.locales[0].intents[order].slots.count == 1)
        export.locales[0].intents[order].slots[0].valueElicitationSetting.slotCaptureSetting?.failureNextStep = nil
        let diff = BotDiff(old: compiled, new: BotElements.extract(export))
        #expect(diff.isEmpty, "an export without the next step behaves as the default: \(diff.changes)")
    }

    @Test func aRemovedIntentIsOneChangeAtItsLine() throws {
        let old = try Self.elements(Self.bot)
        let new = try Self.elements(
            Self.bot.replacingOccurrences(
                of:
                    "      Order:\n        utterances: [I want a pizza, a pizza please]\n        slots:\n          Size: {type: AMAZON.Number, prompt: [How many?, How many pizzas?]}\n",
                with: ""))
        let diff = BotDiff(old: old, new: new)
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.name == "removed")
        #expect(diff.changes.first?.element.label == "intent 'Order'")
        #expect(diff.changes.first?.old?.span?.description == "shop.yaml:5:7")
    }

    @Test func messagesCompareWithTheirVariations() throws {
        let diff = BotDiff(
            old: try Self.elements(Self.bot),
            new: try Self.elements(Self.bot.replacingOccurrences(of: ", How many pizzas?]", with: "]")))
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.old?.value == "How many? | How many pizzas?")
        #expect(diff.changes.first?.new?.value == "How many?")
        #expect(diff.changes.first?.new?.span?.description == "shop.yaml:8:47")
        #expect(diff.changes.first?.element.exercise == .message(intent: "Order", role: .slotPrompt("Size")))
    }

    @Test func theReportCountsAndPlacesChanges() throws {
        let diff = BotDiff(
            old: try Self.elements(Self.bot),
            new: try Self.elements(Self.bot.replacingOccurrences(of: "a pizza please", with: "pizza please")))
        let report = BotDiffReport(diff: diff, oldSource: "a.yaml", newSource: "b.yaml")
        #expect(
            report.text() == """
                shop.yaml:6:38: utterance removed: utterance "a pizza please" of intent 'Order'
                shop.yaml:6:38: utterance added: utterance "pizza please" of intent 'Order'
                2 changes between a.yaml and b.yaml (1 added, 1 removed, 0 changed)

                """)
    }
}
