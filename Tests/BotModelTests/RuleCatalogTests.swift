import BotModel
import Foundation
import MeetyDiagnostics
import MeetyTestSupport
import Testing
import YAMLNode

@Suite("Rule registry and code catalog")
struct RuleCatalogTests {
    /// Codes whose violations need inputs too large for a fixture file; quota tests generate them.
    private let generatedOnly: Set<DiagnosticCode> = [
        .tooManySlotsInLocale, .tooManySlotValuesInLocale, .tooMuchUtteranceText,
    ]

    @Test("rules have unique names and codes, and their codes are exactly the bot catalog and the condition codes")
    func registry() {
        let names = ValidationRule.all.map(\.name)
        #expect(Set(names).count == names.count)
        let codes = ValidationRule.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(codes) == Set(DiagnosticCode.botRuleCodes))
        #expect(DiagnosticCode.botRuleCodes.count == Set(DiagnosticCode.botRuleCodes).count)
        #expect(Set(DiagnosticCode.flowCodes).isSubset(of: Set(DiagnosticCode.botCodes)))
    }

    @Test("codes are kebab-case with a one-sentence summary and do not collide across modules")
    func codeShapes() {
        let all = DiagnosticCode.commonCodes + DiagnosticCode.yamlCodes + DiagnosticCode.botCodes
        #expect(Set(all).count == all.count)
        for code in all {
            #expect(code.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(code.id)")
            #expect(code.summary.hasSuffix("."), "\(code.id)")
            #expect(!code.summary.dropLast().contains(". "), "\(code.id): one sentence")
        }
    }

    @Test("each rule, run alone over every fixture, reports only its own code")
    func rulesReportTheirOwnCode() throws {
        var produced = Set<DiagnosticCode>()
        for name in InvalidFixtureTests.names {
            let data = try Data(contentsOf: InvalidFixtureTests.directory.appendingPathComponent(name))
            var decodeBag = DiagnosticBag()
            guard let definition = BotLoader().decode(Array(data), file: name, into: &decodeBag) else { continue }
            for rule in ValidationRule.all {
                var bag = DiagnosticBag()
                rule.check(definition, &bag)
                for diagnostic in bag.diagnostics {
                    #expect(diagnostic.code == rule.code, "\(rule.name) reported \(diagnostic.code) in \(name)")
                    #expect(diagnostic.span != nil, "\(rule.name) reported no span in \(name)")
                    produced.insert(diagnostic.code)
                }
            }
        }
        let missing = Set(DiagnosticCode.botRuleCodes).subtracting(produced).subtracting(generatedOnly)
        #expect(missing.isEmpty, "bot codes without a fixture: \(missing.map(\.id).sorted())")
    }

    @Test("messages are lowercase-led sentences without a final period")
    func messageStyle() throws {
        for name in InvalidFixtureTests.names {
            let data = try Data(contentsOf: InvalidFixtureTests.directory.appendingPathComponent(name))
            var bag = DiagnosticBag()
            _ = BotLoader().load(Array(data), file: name, into: &bag)
            for diagnostic in bag.diagnostics {
                let first = try #require(diagnostic.message.first)
                #expect(!first.isUppercase, "\(name): \(diagnostic.message)")
                #expect(!diagnostic.message.hasSuffix("."), "\(name): \(diagnostic.message)")
            }
        }
    }

    @Test("docs/diagnostics-bot.md documents every YAML, bot and condition code")
    func documented() throws {
        let text = try String(contentsOf: TestResources.path("docs/diagnostics-bot.md"), encoding: .utf8)
        for code in DiagnosticCode.yamlCodes + DiagnosticCode.botRuleCodes {
            #expect(text.contains("### `\(code.id)`"), "\(code.id) is not documented")
        }
    }
}
