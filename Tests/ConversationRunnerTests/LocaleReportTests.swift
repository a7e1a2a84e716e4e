import BotModel
import ConversationRunner
import Conversations
import Foundation
import LexCompiler
import LexRuntime
import MeetyDiagnostics
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A hotel bot in English and Korean, like the real `blogbot-hotel-ko` export: scripts pick a locale,
/// reports name it, coverage is per locale.
private enum HotelBot {
    static let yaml = """
        name: HotelBot
        locales:
          en_US:
            intents:
              BookHotel:
                utterances: ["book a hotel", "book a hotel for {CheckIn}"]
                slots:
                  CheckIn: {type: AMAZON.Date, prompt: Which day?}
                confirmation:
                  prompt: Book {CheckIn}?
                  declined: Cancelled.
                closing: Booked {CheckIn}.
              Help:
                parent: AMAZON.HelpIntent
                closing: I book hotels.
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry?
          ko_KR:
            intents:
              BookHotel:
                utterances: ["호텔 예약", "{CheckIn} 호텔 예약"]
                slots:
                  CheckIn: {type: AMAZON.Date, prompt: 언제 묵으시나요?}
                confirmation:
                  prompt: "{CheckIn} 예약할까요?"
                  declined: 취소했습니다.
                closing: "{CheckIn} 예약했습니다."
              Help:
                parent: AMAZON.HelpIntent
                closing: 호텔을 예약해 드립니다.
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: 다시 말씀해 주세요.
        """

    static let bot: BotUnderTest = {
        var bag = DiagnosticBag()
        let definition = BotLoader().load(Array(yaml.utf8), file: "bots/hotel.yaml", into: &bag)!
        #expect(!bag.hasErrors, "\(bag.diagnostics)")
        return BotUnderTest(
            source: "bots/hotel.yaml", bot: RuntimeBot(export: LexCompiler().export(definition)), hook: NoCodeHook())
    }()

    static func run(_ scripts: String) async throws -> [ScriptResult] {
        var bag = DiagnosticBag()
        let loaded = try #require(ConversationLoader().load(scripts, file: "conversations/h.yaml", into: &bag))
        let jobs = loaded.scripts.map { SuiteRunner.Job(script: $0, bot: bot) }
        return await SuiteRunner(options: RunOptions(jobs: 1, world: EmptyWorld())).run(jobs)
    }
}

@Suite("Runner: locales in reports and coverage")
struct LocaleReportTests {
    private let scripts = """
        conversations:
          - name: books in Korean
            locale: ko_KR
            now: 2026-11-20T09:00
            turns:
              - {user: 호텔 예약, bot: 언제 묵으시나요?}
              - {user: 내일, slots: {CheckIn: 2026-11-21}, action: ConfirmIntent}
              - {user: 네, state: Fulfilled, bot: 2026-11-21 예약했습니다.}
          - name: asks for help in English
            turns:
              - {user: help me, intent: Help, bot: I book hotels.}
        """

    @Test("each result knows its locale; the text report names it when scripts run in several locales")
    func textReport() async throws {
        let results = try await HotelBot.run(scripts)
        #expect(results.map(\.status) == [.passed, .passed], "\(results.flatMap(\.failures))")
        #expect(results.map(\.locale) == ["ko_KR", "en_US"])
        #expect(results.map(\.localeWasChosen) == [true, false])
        let text = TextReporter().report(results, skipped: 0)
        #expect(text.hasPrefix("PASS  books in Korean [ko_KR]\nPASS  asks for help in English [en_US]\n"), "\(text)")
        let single = TextReporter().report([results[1]], skipped: 0)
        #expect(single == "PASS  asks for help in English\n1 passed, 0 failed\n")
        #expect(TextReporter().report([results[0]], skipped: 0).hasPrefix("PASS  books in Korean [ko_KR]\n"))
    }

    @Test("the JSON report gives every script's locale and the coverage of each locale")
    func json() async throws {
        let results = try await HotelBot.run(scripts)
        let coverage = CoverageReport.compute(bot: HotelBot.bot.bot, results: results)
        let data = try JSONReporter().report(results, skipped: 0, coverage: coverage)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let reported = try #require(object["scripts"] as? [[String: Any]])
        #expect(reported.map { $0["locale"] as? String } == ["ko_KR", "en_US"])
        let locales = try #require((object["coverage"] as? [String: Any])?["locales"] as? [[String: Any]])
        #expect(locales.map { $0["locale"] as? String } == ["en_US", "ko_KR"])
    }

    @Test("the JUnit report carries the locale as a property of each test case")
    func junit() async throws {
        let results = try await HotelBot.run(scripts)
        let document = try XMLDocument(xmlString: JUnitReporter().report(results, skipped: 0))
        let values = try document.nodes(forXPath: "//testcase/properties/property[@name='locale']/@value")
            .compactMap(\.stringValue)
        #expect(values == ["ko_KR", "en_US"])
    }

    @Test("coverage is per locale: a Korean script covers Korean items only")
    func coverage() async throws {
        let results = try await HotelBot.run(scripts)
        let coverage = CoverageReport.compute(bot: HotelBot.bot.bot, results: results)
        let intents = try #require(coverage.categories.first { $0.name == "intents" })
        #expect(intents.total == 6)
        #expect(intents.missing == ["en_US BookHotel", "en_US FallbackIntent", "ko_KR Help", "ko_KR FallbackIntent"])
        let utterances = try #require(coverage.categories.first { $0.name == "utterances" })
        #expect(utterances.missing.contains(#"ko_KR BookHotel: "{CheckIn} 호텔 예약""#))
        #expect(!utterances.missing.contains(#"ko_KR BookHotel: "호텔 예약""#))
        #expect(utterances.missing.contains(#"en_US BookHotel: "book a hotel""#))
        let korean = try #require(coverage.locales.first { $0.locale == "ko_KR" })
        let english = try #require(coverage.locales.first { $0.locale == "en_US" })
        #expect(korean.covered > english.covered)
        #expect(korean.total == english.total)
        let text = TextReporter().report(results, skipped: 0, coverage: coverage)
        #expect(text.contains("  locale ko_KR    \(korean.covered)/\(korean.total)  "), "\(text)")
    }
}
