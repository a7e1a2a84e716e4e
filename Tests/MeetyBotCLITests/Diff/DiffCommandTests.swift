import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot diff` between MeetyBot and copies with one change of each kind: exactly that change,
/// at its line, and with `--scripts` exactly the scripts that exercise it, as an independent oracle
/// (each script's own coverage run, or its text) finds them.
@Suite struct DiffCommandTests {
    /// MeetyBot, its conversation suite and every variant, in one workspace.
    static func workspace() throws -> (Workspace, scripts: [String]) {
        let workspace = try Workspace()
        try workspace.copyFromRepository("bots/meetybot.yaml", to: "bots/meetybot.yaml")
        let bot = try workspace.read("bots/meetybot.yaml")
        for variant in MeetyBotVariant.all {
            let copy = try #require(variant.apply(to: bot), "\(variant): MeetyBot no longer has the text it changes")
            try workspace.write("variants/\(variant.name).yaml", copy)
        }
        let scripts = try GoldenFiles.listFiles(under: TestResources.path("conversations")).filter {
            $0.hasSuffix(".yaml")
        }
        for script in scripts {
            try workspace.copyFromRepository("conversations/" + script, to: "conversations/" + script)
        }
        return (workspace, scripts.map { "conversations/" + $0 })
    }

    @Test func aBotComparedWithItselfHasNoChangesAndExitsZero() async throws {
        let (workspace, _) = try Self.workspace()
        let result = try await workspace.run("diff", "bots/meetybot.yaml", "bots/meetybot.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "no changes between bots/meetybot.yaml and bots/meetybot.yaml\n")
    }

    @Test(arguments: MeetyBotVariant.all)
    func oneChangeOfEachKindWithTheScriptsThatExerciseIt(_ variant: MeetyBotVariant) async throws {
        let (workspace, scripts) = try Self.workspace()
        let copy = "variants/\(variant.name).yaml"
        let result = try await workspace.run("diff", "bots/meetybot.yaml", copy, "--scripts", "conversations", "--json")
        #expect(result.status == 1, "a change exits 1: \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let changes = try #require(report["changes"] as? [[String: Any]])
        try #require(changes.count == 1, "\(variant): \(result.stdout)")
        let change = changes[0]
        #expect(change["kind"] as? String == variant.kind)
        #expect(change["change"] as? String == variant.change)
        #expect(change["path"] as? [String] == variant.path)
        #expect(change["locale"] as? String == "en_US")
        let side = variant.change == "removed" ? "old" : "new"
        let file = variant.change == "removed" ? "bots/meetybot.yaml" : copy
        let source = (change[side] as? [String: Any])?["source"] as? String
        #expect(source == (try Self.position(of: variant.positionText, in: file, workspace)), "\(variant)")
        let reported = Set(((change["scripts"] as? [[String: Any]]) ?? []).compactMap { $0["file"] as? String })
        let expected = try await ScriptOracle(root: workspace.root, scripts: scripts).scripts(
            for: variant.oracle, copy: copy)
        #expect(
            reported == expected,
            "\(variant): only diff \(reported.subtracting(expected)), only oracle \(expected.subtracting(reported))")
        if case .nobody = variant.oracle {
        } else {
            #expect(!expected.isEmpty, "\(variant): the oracle found no script")
        }
    }

    @Test func theTextReportPlacesEachChangeAtItsLineAndListsTheScripts() async throws {
        let (workspace, _) = try Self.workspace()
        let result = try await workspace.run(
            "diff", "bots/meetybot.yaml", "variants/synonym-removed.yaml", "--scripts", "conversations")
        #expect(result.status == 1)
        let position = try Self.position(of: "half an hour", in: "bots/meetybot.yaml", workspace)
        #expect(
            result.stdout.hasPrefix(
                "\(position): synonym removed: synonym 'half an hour' of value '30' of slot type 'MeetingDuration'\n"
                    + "    exercised by 5 scripts:\n      conversations/booking/date-without-on.yaml ("),
            "\(result.stdout)")
        #expect(
            result.stdout.hasSuffix(
                "1 change between bots/meetybot.yaml and variants/synonym-removed.yaml (0 added, 1 removed, 0 changed)\n"
            ))
    }

    @Test func anUnreadableSideIsAnErrorAtExitOne() async throws {
        let (workspace, _) = try Self.workspace()
        let missing = try await workspace.run("diff", "bots/meetybot.yaml", "nowhere.yaml")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere.yaml:1:1: error: cannot read 'nowhere.yaml'"), "\(missing.stderr)")
        try workspace.write("broken.yaml", "name: [\n")
        let broken = try await workspace.run("diff", "bots/meetybot.yaml", "broken.yaml")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("[yaml-syntax]"), "\(broken.stderr)")
        let misuse = try await workspace.run("diff", "bots/meetybot.yaml", "bots/meetybot.yaml", "--bot", "x.yaml")
        #expect(misuse.status == 64)
    }

    /// `file:line:col` of the first occurrence of `text` in the workspace file.
    static func position(of text: String, in file: String, _ workspace: Workspace) throws -> String {
        let content = try workspace.read(file)
        let range = try #require(content.range(of: text), "\(file) has no \(text)")
        let before = content[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { content.index(after: $0) } ?? content.startIndex
        let column = content[lineStart..<range.lowerBound].unicodeScalars.count + 1
        return "\(file):\(line):\(column)"
    }
}
