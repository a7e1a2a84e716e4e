import Foundation
import MeetyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 20 end to end through the built `meety-bot`: the seven-locale TableBot of `examples/locales`
/// (es_US, pt_BR, fr_FR, de_DE, ja_JP, ko_KR and en_US) with built-in intents recognised from their
/// documented phrases, dates, times and yes/no in each language, reports that name the locale, and
/// exports whose locale ids are checked.
@Suite struct LocaleExampleTests {
    private static let locales = ["de_DE", "en_US", "es_US", "fr_FR", "ja_JP", "ko_KR", "pt_BR"]

    private func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.copyFromRepository("examples/locales/bots/tablebot.yaml", to: "bots/tablebot.yaml")
        for locale in Self.locales {
            try workspace.copyFromRepository(
                "examples/locales/conversations/\(locale).yaml", to: "conversations/\(locale).yaml")
        }
        return workspace
    }

    @Test func everyLocaleScriptPassesAndTheReportsNameTheLocale() async throws {
        let workspace = try workspace()
        let result = try await workspace.run(
            "test", "conversations", "--json", "out/report.json", "--junit", "out/report.xml", "--coverage")
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("\n23 passed, 0 failed\n"), "\(result.stdout)")
        for locale in Self.locales {
            #expect(result.stdout.contains("] \n") == false)
            #expect(result.stdout.contains(" [\(locale)]\n"), "no script line names \(locale)")
            #expect(result.stdout.contains("  locale \(locale)"), "no coverage line for \(locale)")
        }
        #expect(result.stdout.contains("PASS  ko_KR 내일 오후 7시 예약 [ko_KR]\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: workspace.data("out/report.json")) as? [String: Any])
        let scripts = try #require(json["scripts"] as? [[String: Any]])
        #expect(Set(scripts.compactMap { $0["locale"] as? String }) == Set(Self.locales))
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: try workspace.data("out/report.xml"))
            let values = try document.nodes(forXPath: "//property[@name='locale']/@value").compactMap(\.stringValue)
            #expect(values.count == 23 && Set(values) == Set(Self.locales))
        #else
            Issue.record("XMLDocument is not available on this platform")
        #endif
    }

    @Test func aWrongKoreanExpectationFailsAtItsLine() async throws {
        let workspace = try workspace()
        try workspace.write(
            "conversations/wrong.yaml",
            """
            name: 내일 is not the day after tomorrow
            bot: ../bots/tablebot.yaml
            locale: ko_KR
            now: 2026-11-20T09:00
            turns:
              - user: 테이블 예약
              - user: 내일
                slots: {Day: 2026-11-22}
            """)
        let result = try await workspace.run("test", "conversations/wrong.yaml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  내일 is not the day after tomorrow [ko_KR]\n"))
        #expect(
            result.stdout.contains(
                "conversations/wrong.yaml:7:5: error: turn 2: expected slot Day = 2026-11-22 but it is \"2026-11-21\""),
            "\(result.stdout)")
    }

    @Test func theCompiledExportRunsAndAnUnknownLocaleIdIsRefused() async throws {
        let workspace = try workspace()
        let compiled = try await workspace.run("compile", "bots/tablebot.yaml", "--out", "build")
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let viaExport = try await workspace.run("test", "conversations", "--lex", "build/TableBot")
        #expect(viaExport.status == 0, "stdout: \(viaExport.stdout)\nstderr: \(viaExport.stderr)")
        #expect(viaExport.stdout.hasSuffix("\n23 passed, 0 failed\n"))

        let locales = workspace.url("build/TableBot/TableBot/BotLocales")
        try FileManager.default.moveItem(
            at: locales.appendingPathComponent("ko_KR"), to: locales.appendingPathComponent("ko_KO"))
        let file = "build/TableBot/TableBot/BotLocales/ko_KO/BotLocale.json"
        try workspace.write(file, try workspace.read(file).replacingOccurrences(of: "\"ko_KR\"", with: "\"ko_KO\""))
        let refused = try await workspace.run("test", "conversations/en_US.yaml", "--lex", "build/TableBot")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "build/TableBot/TableBot/BotLocales/ko_KO/BotLocale.json:1:1: error: locale 'ko_KO' is not a locale "
                    + "Amazon Lex V2 supports (did you mean 'ko_KR'?) [lex-unknown-locale]"),
            "\(refused.stderr)")
    }

    @Test func chatTalksToTheChosenLocale() async throws {
        let workspace = try workspace()
        let chat = try await workspace.run(
            "chat", "--bot", "bots/tablebot.yaml", "--locale", "ko_KR", "--now", "2026-11-20T09:00",
            input: "테이블 예약\n다시 말해줘\n내일\n")
        #expect(chat.status == 0, "stderr: \(chat.stderr)")
        #expect(chat.stdout.contains("locale ko_KR"))
        #expect(chat.stdout.contains("user> 다시 말해줘\nbot> 어느 날짜로 할까요?\n"), "\(chat.stdout)")
        #expect(chat.stdout.contains("user> 내일\nbot> 몇 시로 할까요?\n"), "\(chat.stdout)")
    }
}
