import BotModel
import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Templates too large to inline")
struct TemplateSizeTests {
    private func checkS3Template(_ compiled: CompiledBot) throws {
        #expect(!compiled.inlinesBot)
        let template = try json(compiled, compiled.templatePath)
        let properties = try #require(template["Resources"]?["Bot"]?["Properties"])
        #expect(properties["BotLocales"] == nil)
        #expect(
            properties["BotFileS3Location"]
                == .object([
                    "S3Bucket": .object(["Ref": .string("BotFileS3Bucket")]),
                    "S3ObjectKey": .object(["Ref": .string("BotFileS3Key")]),
                ])
        )
        #expect(template["Parameters"]?["BotFileS3Key"]?["Default"] == .string(compiled.zipPath))
        #expect(template["Parameters"]?["BotFileS3Bucket"]?["AllowedPattern"] != nil)
        #expect(compiled.files[compiled.zipPath] != nil)
    }

    @Test("over the limit: a warning, and the template imports the zip from S3")
    func overLimit() throws {
        var bag = DiagnosticBag()
        let compiled = try #require(
            LexCompiler(templateSizeLimit: 20_000).compile(try GoldenCase.meetyBot.validatedBot(), into: &bag)
        )
        let warning = try #require(bag.diagnostics.first)
        #expect(bag.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == .lexTemplateTooLarge)
        #expect(warning.span?.file == "MeetyBot/bot.yaml")
        #expect(warning.message.contains("over the limit of 20000"))
        try checkS3Template(compiled)
        let template = try json(compiled, compiled.templatePath)
        #expect(template["Resources"]?["Bot"]?["Properties"]?["TestBotAliasSettings"] != nil)
    }

    @Test("a bot whose inline template passes 1,000,000 bytes gets the S3 template by default")
    func realisticLargeBot() throws {
        var yaml = "name: Large\nlocales:\n  en_US:\n    intents:\n"
        for intent in 0..<160 {
            yaml += "      Intent\(intent):\n        utterances:\n"
            for utterance in 0..<60 {
                yaml += "          - please help me with topic number \(intent) in variant \(utterance)\n"
            }
            yaml += "        closing: Done with topic \(intent).\n"
        }
        yaml += "      FallbackIntent:\n        parent: AMAZON.FallbackIntent\n"
        var bag = DiagnosticBag()
        let compiled = try #require(LexCompiler().compile(try loadBot(yaml), into: &bag))
        #expect(bag.diagnostics.map(\.code) == [.lexTemplateTooLarge])
        try checkS3Template(compiled)
        #expect(try #require(compiled.files[compiled.templatePath]).count < 10_000)
        #expect(compiled.export.locales.first?.intents.count == 161)
    }
}
