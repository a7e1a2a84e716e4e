import Foundation
import LexFacts
import MeetyTestSupport
import Testing

@Suite("Locale data files")
struct LexLocaleDataTests {
    private static let folder = TestResources.path("Sources/LexFacts/LocaleData")

    @Test("every Lex locale has exactly one data file, and every data file is a Lex locale")
    func oneFilePerLocale() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") }
        let ids = names.map { String($0.dropLast(5)) }.sorted()
        #expect(ids == LexLocale.ids.sorted())
        #expect(LexLocaleData.fileIDs == LexLocale.ids.sorted())
    }

    @Test("the embedded copies are the committed files (run scripts/generate-locale-data.py after an edit)")
    func generatedSourceMatchesTheFiles() throws {
        for id in LexLocale.ids {
            let text = try String(contentsOf: Self.folder.appendingPathComponent("\(id).json"), encoding: .utf8)
            let embedded = try #require(LexLocaleData.embeddedText(of: id), "\(id) is not embedded")
            #expect(embedded + "\n" == text, "the embedded \(id) differs from \(id).json")
        }
    }

    @Test("every file loads, names its sources, and extends only existing files")
    func everyFileLoads() throws {
        for id in LexLocale.ids {
            let file = try LexLocaleData.file(id)
            #expect(!file.sources.isEmpty, "\(id)")
            if let base = file.extends { #expect(LexLocaleData.fileIDs.contains(base), "\(id) extends \(base)") }
            let merged = try #require(LexLocaleData.named(id))
            #expect(merged.locale == id)
            #expect(!(merged.confirmation["Yes"] ?? []).isEmpty, "\(id) has no word for yes")
            #expect(!(merged.confirmation["No"] ?? []).isEmpty, "\(id) has no word for no")
        }
    }

    @Test("a file that extends another gets its phrases, and adds its own")
    func extending() throws {
        let british = try #require(LexLocaleData.named("en_GB"))
        #expect(british.builtInIntents["AMAZON.RepeatIntent"] == ["repeat", "say that again", "repeat that"])
        let mexican = try #require(LexLocaleData.named("es_MX"))
        #expect(mexican.builtInIntents["AMAZON.HelpIntent"]?.contains("ayuda") == true)
        var base = LexLocaleData(locale: "xx_XX")
        base.noon = ["a"]
        base.relativeDays = ["x": 1]
        var child = LexLocaleData(locale: "xx_YY")
        child.noon = ["a", "b"]
        child.relativeDays = ["x": 2]
        var merged = base
        merged.merge(child)
        #expect(merged.noon == ["a", "b"])
        #expect(merged.relativeDays == ["x": 2])
    }

    @Test("the documented phrases of the six locales of issue 20 are there")
    func issueLocales() throws {
        let korean = try #require(LexLocaleData.named("ko_KR"))
        #expect(korean.confirmation["Yes"]?.contains("네") == true)
        #expect(korean.confirmation["No"]?.contains("아니요") == true)
        #expect(korean.builtInIntents["AMAZON.HelpIntent"]?.contains("도와줘") == true)
        #expect(LexLocaleData.named("ja_JP")?.builtInIntents["AMAZON.HelpIntent"]?.first == "ヘルプ")
        #expect(LexLocaleData.named("es_US")?.builtInIntents["AMAZON.RepeatIntent"]?.contains("repite") == true)
        #expect(LexLocaleData.named("pt_BR")?.builtInIntents["AMAZON.HelpIntent"]?.contains("ajuda") == true)
        #expect(LexLocaleData.named("fr_FR")?.builtInIntents["AMAZON.HelpIntent"]?.contains("aide") == true)
        #expect(LexLocaleData.named("de_DE")?.builtInIntents["AMAZON.RepeatIntent"]?.contains("wiederholen") == true)
    }

    @Test("a malformed file is an error that names the locale and the problem, never a crash")
    func strictReading() {
        let cases: [(String, String)] = [
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "colour": 1}"#, "unknown key 'colour'"),
            (#"{"locale": "xx_XX"}"#, "'sources' must name"),
            (#"{"locale": "xx_YY", "sources": {"a": "b"}}"#, "'locale' is 'xx_YY'"),
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "confirmation": {"Yup": ["y"]}}"#, "unknown entry 'Yup'"),
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "monthAliases": {"x": 13}}"#, "outside 1...12"),
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "weekdayPhrases": {"next": ["soon"]}}"#, "has no {weekday}"),
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "timePhrases": [{"pattern": "{h}"}]}"#, "with {hour}"),
            (
                #"{"locale": "xx_XX", "sources": {"a": "b"}, "timePhrases": [{"pattern": "{hour} y {minute}", "minutes": 3}]}"#,
                "has both {minute} and 'minutes'"
            ),
            (#"{"locale": "xx_XX", "sources": {"a": "b"}, "durationPhrases": {"x": "30M"}}"#, "no ISO-8601 duration"),
            (#"["locale"]"#, "not a JSON object"),
            ("{", "not valid JSON"),
        ]
        for (json, expected) in cases {
            do {
                _ = try LexLocaleData.decode(Data(json.utf8), locale: "xx_XX")
                Issue.record("\(json) was accepted")
            } catch {
                #expect(error.description.hasPrefix("locale data of 'xx_XX': "))
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
        #expect(LexLocaleData.named("xx_XX") == nil)
    }

    @Test("Foundation identifiers: Lex's own region codes map to CLDR's")
    func foundationIdentifiers() {
        #expect(LexLocale.named("en_AB")?.foundationIdentifier == "en_GB")
        #expect(LexLocale.named("no_NO")?.foundationIdentifier == "nb_NO")
        #expect(LexLocale.named("ko_KR")?.foundationIdentifier == "ko_KR")
        #expect(LexLocale.named("en_ZA")?.isEnglish == true)
        #expect(LexLocale.named("es_US")?.isEnglish == false)
    }
}
