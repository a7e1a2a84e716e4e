import Foundation
import MeetyDiagnostics
import Testing

@testable import ConversationRunner

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Runner: reports and coverage")
struct ReporterTests {
    private let yaml = """
        conversations:
          - name: greets
            tags: [smoke]
            turns: [{user: Hello, intent: StartMeety}]
          - name: "fails <on purpose> & says so"
            turns:
              - user: I want to book a meeting
                bot: What is your email?
        """

    @Test("the text report lists each script, each failure with its transcript, and the summary last")
    func textReport() async throws {
        let results = try await RunnerSupport.run(yaml)
        let text = TextReporter().report(results, skipped: 2)
        #expect(
            text == """
                PASS  greets
                FAIL  fails <on purpose> & says so
                conversations/t.yaml:7:9: error: turn 1: expected reply "What is your email?" but the bot said \
                "What is your name?" [turn-mismatch]
                conversations/t.yaml:8:14: note: expectation written here
                  transcript so far:
                    user: I want to book a meeting
                    bot: What is your name?
                         [BookMeeting · ElicitSlot(FullName) · InProgress]
                1 passed, 1 failed, 2 skipped

                """
        )
        #expect(TextReporter.summary(results, skipped: 0) == "1 passed, 1 failed")
    }

    @Test("the JUnit report is well-formed XML with one testcase per script and the failure's location")
    func junit() async throws {
        let results = try await RunnerSupport.run(yaml)
        let xml = JUnitReporter().report(results, skipped: 0)
        let document = try XMLDocument(xmlString: xml)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 2)
        #expect((cases[1] as? XMLElement)?.attribute(forName: "name")?.stringValue == "fails <on purpose> & says so")
        let failure = try document.nodes(forXPath: "//testcase/failure").first as? XMLElement
        #expect(
            failure?.attribute(forName: "message")?.stringValue?.hasPrefix("conversations/t.yaml:7:9: error: turn 1")
                == true)
        #expect(failure?.attribute(forName: "type")?.stringValue == "turn-mismatch")
        #expect(document.rootElement()?.attribute(forName: "failures")?.stringValue == "1")
        #expect(JUnitReporter.escape("a\u{1}b<") == "ab&lt;")
    }

    @Test("the JSON report has the summary, the scripts and the coverage, with sorted keys")
    func json() async throws {
        let results = try await RunnerSupport.run(yaml)
        let coverage = CoverageReport.compute(bot: RunnerSupport.meetyBot.bot, results: results)
        let data = try JSONReporter().report(results, skipped: 1, coverage: coverage)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["passed": 1, "failed": 1, "skipped": 1, "total": 3])
        let scripts = try #require(object["scripts"] as? [[String: Any]])
        #expect(scripts.map { $0["status"] as? String } == ["passed", "failed"])
        #expect((scripts[1]["failures"] as? [[String: Any]])?.first?["code"] as? String == "turn-mismatch")
        #expect((object["coverage"] as? [String: Any])?["categories"] != nil)
        #expect(String(decoding: data, as: UTF8.self).hasSuffix("}\n"))
    }

    @Test("coverage counts what the scripts exercised and names what they did not")
    func coverage() async throws {
        let results = try await RunnerSupport.run(yaml)
        let report = CoverageReport.compute(bot: RunnerSupport.meetyBot.bot, results: results)
        let intents = try #require(report.categories.first { $0.name == "intents" })
        #expect(intents.total == 3)
        #expect(intents.missing == ["FallbackIntent"])
        let utterances = try #require(report.categories.first { $0.name == "utterances" })
        #expect(!utterances.missing.contains("StartMeety: \"Hello\""))
        #expect(utterances.missing.contains("StartMeety: \"Hi\""))
        let slots = try #require(report.categories.first { $0.name == "slots elicited" })
        #expect(
            slots.missing == [
                "BookMeeting.MeetingDate", "BookMeeting.MeetingTime", "BookMeeting.MeetingDuration",
                "BookMeeting.AttendeeEmail",
            ])
        #expect(report.percent > 0 && report.percent < 100)
        #expect(TextReporter.percent(33.333) == "33.3%")
    }
}
