import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@testable import BotModel
@testable import LexCompiler

@Suite("Definitions the validator should have stopped still compile without crashing")
struct CompilerEdgeCaseTests {
    private let span = SourceSpan.startOf("edge.yaml")

    private func text(_ value: String) -> Located<String> { Located(value, at: span) }

    private func bot(intents: [IntentDefinition], slotTypes: [SlotTypeDefinition] = []) -> BotDefinition {
        BotDefinition(
            file: "edge.yaml",
            name: text("Edge"),
            idleSessionTTL: Located(300, at: span),
            childDirected: Located(false, at: span),
            locales: [
                LocaleDefinition(
                    id: text("en_US"),
                    confidenceThreshold: Located(0.4, at: span),
                    slotTypes: slotTypes,
                    intents: intents,
                    span: span
                )
            ],
            span: span
        )
    }

    @Test("empty messages, no fallback intent and an empty slot type give no empty lists")
    func emptyParts() throws {
        let empty = MessageDefinition(variants: [], span: span)
        let intent = IntentDefinition(
            name: text("Ask"),
            slots: [SlotDefinition(name: text("S"), type: text("Empty"), prompt: empty, span: span)],
            confirmation: ConfirmationDefinition(prompt: empty, span: span),
            closing: empty,
            span: span
        )
        let emptyType = SlotTypeDefinition(name: text("Empty"), kind: .values(resolution: nil, values: []), span: span)
        let export = LexExportBuilder().export(for: bot(intents: [intent], slotTypes: [emptyType]))
        let locale = try #require(export.locales.first)
        let ask = try #require(locale.intents.first)
        #expect(ask.intent.intentConfirmationSetting == nil)
        #expect(ask.intent.intentClosingSetting == nil)
        #expect(ask.slots.first?.valueElicitationSetting.promptSpecification == nil)
        #expect(locale.slotTypes.first?.slotTypeValues == nil)
        var bag = DiagnosticBag()
        let compiled = try #require(LexCompiler().compile(bot(intents: [intent], slotTypes: [emptyType]), into: &bag))
        #expect(bag.diagnostics.isEmpty)
        for (path, data) in compiled.files where path.hasSuffix(".json") && !path.hasSuffix("Intent.json") {
            #expect(!String(decoding: data, as: UTF8.self).contains("[]"), "\(path)")
        }
    }

    @Test("a name that cannot be a folder is an error diagnostic at the bot, not a crash")
    func unsafeName() throws {
        var bag = DiagnosticBag()
        let compiled = LexCompiler().compile(
            bot(intents: [IntentDefinition(name: text("../evil"), span: span)]), into: &bag)
        #expect(compiled == nil)
        let error = try #require(bag.diagnostics.first)
        #expect(error.code == .lexUnrenderable)
        #expect(error.span == span)
        #expect(error.message == "bot 'Edge' cannot be compiled: intent name '../evil' cannot be used as a folder name")
    }
}
