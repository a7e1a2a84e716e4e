import Foundation
import MeetyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `meety-bot test`: exit codes, the summary line, `--filter`, the JUnit and JSON reports, and
/// running a compiled Lex export with `--lex`.
@Suite struct TestCommandTests {
    private func suiteWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        try workspace.write("conversations/order.yaml", Fixtures.passingScript)
        try workspace.write("conversations/wrong.yaml", Fixtures.failingScript)
        return workspace
    }

    @Test func aPassingScriptExitsZero() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "conversations/order.yaml")
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout == "PASS  orders green tea\n1 passed, 0 failed\n")
    }

    @Test func aFailingScriptExitsOneAndSaysWhereAndWhy() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test")
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  expects the wrong reply\n"))
        #expect(result.stdout.contains("conversations/wrong.yaml:7:5: error: turn 2: expected reply"))
        #expect(result.stdout.contains("[turn-mismatch]"))
        #expect(result.stdout.hasSuffix("\n1 passed, 1 failed\n"))
    }

    @Test func filterSkipsTheOthersAndCountsThem() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "conversations", "--filter", "order")
        #expect(result.status == 0)
        #expect(result.stdout == "PASS  orders green tea\n1 passed, 0 failed, 1 skipped\n")
    }

    @Test func aFilterThatMatchesNothingFailsTheGate() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "conversations", "--filter", "no such script")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "error: --filter 'no such script' matches none of the 2 scripts found"))
        #expect(result.stderr.contains("[no-script-selected]"))
    }

    @Test func junitHasOneTestCasePerScript() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "--junit", "reports/junit.xml")
        #expect(result.status == 1)
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: try workspace.data("reports/junit.xml"))
            let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
            let names = cases.compactMap { $0.attribute(forName: "name")?.stringValue }.sorted()
            #expect(names == ["expects the wrong reply", "orders green tea"])
            let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }
            #expect(failed.compactMap { $0.attribute(forName: "name")?.stringValue } == ["expects the wrong reply"])
        #else
            Issue.record("XMLDocument is not available on this platform")
        #endif
    }

    @Test func minCoverageFailsTheRunBelowItAndPassesAtOrAboveIt() async throws {
        let workspace = try suiteWorkspace()
        let below = try await workspace.run("test", "conversations/order.yaml", "--min-coverage", "100")
        #expect(below.status == 1, "stdout: \(below.stdout)\nstderr: \(below.stderr)")
        #expect(below.stdout.contains("coverage: "))
        #expect(below.stderr.contains("below the minimum of 100.0%"), "\(below.stderr)")
        #expect(below.stderr.contains("[coverage-below-minimum]"))
        let above = try await workspace.run("test", "conversations/order.yaml", "--min-coverage", "1")
        #expect(above.status == 0, "stdout: \(above.stdout)\nstderr: \(above.stderr)")
        #expect(above.stdout.contains("coverage: "))
        #expect(above.stderr.isEmpty)
    }

    @Test func aFolderWithATrailingSlashGivesThePathsWithoutOne() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "conversations/", "--junit", "junit.xml")
        #expect(result.status == 1)
        #expect(result.stdout.contains("conversations/wrong.yaml:7:5: error:"), "\(result.stdout)")
        let junit = String(decoding: try workspace.data("junit.xml"), as: UTF8.self)
        #expect(!junit.contains("//"), "\(junit)")
        #expect(junit.contains("classname=\"conversations/order.yaml\""))
    }

    @Test func jsonHasTheSummaryAndEveryScript() async throws {
        let workspace = try suiteWorkspace()
        let result = try await workspace.run("test", "--json", "report.json", "--filter", "o")
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: workspace.data("report.json")) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["passed"] as? Int == 1)
        #expect(summary["failed"] as? Int == 1)
        #expect(summary["skipped"] as? Int == 0)
        #expect(summary["total"] as? Int == 2)
        let scripts = try #require(object?["scripts"] as? [[String: Any]])
        #expect(
            scripts.compactMap { $0["name"] as? String }.sorted() == ["expects the wrong reply", "orders green tea"])
    }

    @Test(arguments: ["build/lex/MeetyBot", "build/lex/MeetyBot.zip"])
    func lexRunsTheCompiledMeetyBotExport(export: String) async throws {
        let workspace = try Workspace()
        try workspace.write("conversations/greet.yaml", Self.meetyScript)
        let path = TestResources.path(export).path
        let result = try await workspace.run("test", "--lex", path, "conversations/greet.yaml")
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout == "PASS  greets and starts a booking\n1 passed, 0 failed\n")
    }

    /// A short MeetyBot conversation: a greeting and the first dialog-hook turn of a booking.
    static let meetyScript = """
        name: greets and starts a booking
        turns:
          - user: Hello
            intent: StartMeety
            state: Fulfilled
            bot: Hi, I'm Meety. I can book a meeting for you. Just say "book a meeting".
          - user: book a meeting on 2026-01-06 at 10:00
            intent: BookMeeting
            action: ElicitSlot
            slot: FullName
            bot: What is your name?
            slots: {MeetingDate: 2026-01-06, MeetingTime: "10:00"}

        """
}
