import BotDiff
import BotModel
import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing
import YAMLNode

@testable import BotImport

/// The importer inverts the compiler: a bot compiled from YAML, imported and compiled again, has the
/// same elements; and what the format cannot hold is a warning.
@Suite struct ImportRoundTripTests {
    static func compile(_ yaml: String, file: String) throws -> (LexBotExport, DiagnosticBag) {
        var bag = DiagnosticBag()
        let validated = try #require(BotLoader().load(yaml, file: file, into: &bag), "\(bag.diagnostics)")
        return (LexCompiler().export(validated), bag)
    }

    @Test(arguments: ["PizzaFlow", "MeetyBot", "HotelConcierge", "PizzaOrders"])
    func aCompiledBotImportsToTheSameElements(_ golden: String) throws {
        let source = try String(
            contentsOf: TestResources.path("Tests/LexCompilerTests/Golden/\(golden)/bot.yaml"), encoding: .utf8)
        let (export, _) = try Self.compile(source, file: "bot.yaml")
        var bag = DiagnosticBag()
        let yaml = BotImporter().yaml(for: export, source: golden, into: &bag)
        #expect(bag.diagnostics.isEmpty, "a compiled bot holds only what the format expresses: \(bag.diagnostics)")
        let (again, _) = try Self.compile(yaml, file: "imported.yaml")
        let diff = BotDiff(old: BotElements.extract(export), new: BotElements.extract(again))
        #expect(diff.changes.isEmpty, "\(golden): \(diff.changes.map(\.element.label))\n\(yaml)")
    }

    @Test func whatTheFormatCannotHoldIsAWarningAtTheEntity() throws {
        var (export, _) = try Self.compile(
            """
            name: Shop
            locales:
              en_US:
                intents:
                  Greet:
                    utterances: [hello]
                    closing: Hi there.
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """, file: "shop.yaml")
        var greet = try #require(export.locales[0].intents.first { $0.name == "Greet" })
        let groups = [
            LexMessageGroup(message: LexMessage(plainTextMessage: LexTextValue(value: "Hi there."))),
            LexMessageGroup(message: LexMessage(ssmlMessage: LexTextValue(value: "<speak>Hello</speak>"))),
        ]
        greet.intent.intentClosingSetting?.closingResponse = LexResponseSpecification(
            messageGroupsList: groups, allowInterrupt: false)
        export.locales[0].intents = export.locales[0].intents.map { $0.name == "Greet" ? greet : $0 }
        var bag = DiagnosticBag()
        let yaml = BotImporter().yaml(
            for: export, source: "shop",
            sources: [
                .intent(locale: "en_US", intent: "Greet"): SourceSpan(
                    file: "t.yaml", start: SourcePosition(line: 7, column: 9))
            ],
            into: &bag)
        #expect(yaml.contains("        closing: Hi there.\n"), "\(yaml)")
        let lines = bag.diagnostics.map(\.description)
        #expect(
            lines == [
                "t.yaml:7:9: warning: intentClosingSetting.closingResponse.allowInterrupt of intent 'Greet' (en_US): false; the bot format always lets the user interrupt [import-not-expressible]",
                "t.yaml:7:9: warning: intentClosingSetting.closingResponse of intent 'Greet' (en_US): 2 message groups; the bot format has one, so only the first is imported [import-not-expressible]",
            ], "\(lines)")
    }

    @Test func aRegexLiteralTheRuleRefusesIsEscaped() {
        var context = ImportContext(label: "x", sources: [:])
        let entity = LexEntity.slotType(locale: "en_US", slotType: "Bucket")
        #expect(ImportRegex.expressible("[0-9][a-z]_", entity, &context) == #"[0-9][a-z]\u005F"#)
        #expect(ImportRegex.expressible("[A-Z]{3}[0-9]{4}", entity, &context) == "[A-Z]{3}[0-9]{4}")
        #expect(ImportRegex.expressible("[a-z]*", entity, &context) == "[a-z]*", "a wildcard is not a literal")
        #expect(context.bag.diagnostics.count == 1)
    }
}

/// Every text the importer writes reads back as itself.
@Suite struct YAMLScalarStyleTests {
    static let texts = [
        "plain text", "yes", "no", "null", "~", "", " leading space", "trailing space ", "a: b", "a #b", "#comment",
        "{Slot} first", "[list]", "- dash", "? question", "it's", "say \"hi\"", "two\nlines", "tab\there",
        "ends with colon:", "%percent", "@at", "`tick", "!bang", "&amp", "*star", "|pipe", ">fold", "Ünïcödé ✓",
        "한국어 예약", "comma, inside", "a,b{c}", "\u{85}next line", "0x1F", "1e3", "true",
    ]

    @Test func everyTextReadsBackAsItselfInBlockAndFlowStyle() throws {
        for text in Self.texts {
            for flow in [false, true] {
                let written = YAMLScalarStyle.text(text, flow: flow)
                let document = flow ? "key: [\(written), other]\n" : "key: \(written)\n"
                var bag = DiagnosticBag()
                let root = try #require(YAMLParser().parse(document, file: "t.yaml", into: &bag), "\(document)")
                let value = flow ? root.mapping?["key"]?.sequence?.items.first : root.mapping?["key"]
                #expect(
                    value?.scalar?.value == text && value?.isNull == false, "\(flow ? "flow" : "block"): \(document)")
            }
        }
    }
}
