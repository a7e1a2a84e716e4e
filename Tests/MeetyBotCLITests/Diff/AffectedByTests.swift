import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot test --affected-by OLD` and `diff REV:PATH`: the old bot read from git, and only the
/// scripts that exercise what changed run against the current bot.
@Suite struct AffectedByTests {
    /// MeetyBot and its suite in a git repository whose one commit holds MeetyBot unchanged; the
    /// working tree's bot is then `variant`.
    static func repository(with variant: MeetyBotVariant) async throws -> Workspace {
        let (workspace, _) = try DiffCommandTests.workspace()
        for arguments in [
            ["init", "-q"], ["add", "bots", "conversations"],
            ["-c", "user.name=meety", "-c", "user.email=meety@example.com", "commit", "-q", "-m", "MeetyBot"],
        ] {
            let status = try Self.git(arguments, in: workspace.root)
            try #require(status == 0, "git \(arguments.joined(separator: " ")) failed")
        }
        try workspace.write("bots/meetybot.yaml", try workspace.read("variants/\(variant.name).yaml"))
        return workspace
    }

    @Test func onlyTheScriptsThatExerciseTheChangeRunAndTheyCatchIt() async throws {
        let variant = try #require(MeetyBotVariant.all.first { $0.name == "synonym-removed" })
        let workspace = try await Self.repository(with: variant)
        let result = try await workspace.run(
            "test", "conversations/", "--affected-by", "HEAD:bots/meetybot.yaml", "--junit", "junit.xml")
        // Those scripts say "half an hour", which the bot no longer understands: the gate fails.
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "1 change between HEAD:bots/meetybot.yaml and bots/meetybot.yaml: 5 of 43 scripts exercise them")
        let ran = Set(lines.filter { $0.hasPrefix("PASS  ") || $0.hasPrefix("FAIL  ") }.map { String($0.dropFirst(6)) })
        #expect(lines.last == "0 passed, 5 failed, 38 skipped")
        // The scripts a user turn of which says the removed synonym, by their names.
        var expected = Set<String>()
        for file in try workspace.files(under: "conversations") {
            let text = try workspace.read("conversations/" + file)
            let saysIt = text.split(separator: "\n").contains {
                $0.contains("user:") && $0.lowercased().contains("half an hour")
            }
            if saysIt, let name = text.split(separator: "\n").first(where: { $0.hasPrefix("name: ") }) {
                expected.insert(Self.unquoted(String(name.dropFirst(6))))
            }
        }
        #expect(ran == expected, "\(result.stdout)")
        #expect(try workspace.read("junit.xml").contains("tests=\"5\""))
    }

    @Test func theAffectedScriptsPassWhenTheChangeKeepsThemWorking() async throws {
        let variant = try #require(MeetyBotVariant.all.first { $0.name == "flow-step-added" })
        let workspace = try await Self.repository(with: variant)
        let result = try await workspace.run("test", "conversations/", "--affected-by", "HEAD:bots/meetybot.yaml")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let diff = try await workspace.run(
            "diff", "HEAD:bots/meetybot.yaml", "bots/meetybot.yaml", "--scripts", "conversations", "--json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let scripts = ((report["changes"] as? [[String: Any]])?.first?["scripts"] as? [[String: Any]]) ?? []
        #expect(!scripts.isEmpty)
        #expect(
            result.stdout.hasSuffix("\(scripts.count) passed, 0 failed, \(43 - scripts.count) skipped\n"),
            "\(result.stdout)")
    }

    @Test func aChangeNoScriptExercisesRunsNothingAndSaysSo() async throws {
        let variant = try #require(MeetyBotVariant.all.first { $0.name == "value-added" })
        let workspace = try await Self.repository(with: variant)
        let result = try await workspace.run("test", "conversations/", "--affected-by", "HEAD:bots/meetybot.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 passed, 0 failed, 43 skipped\n"), "\(result.stdout)")
        let position = try DiffCommandTests.position(of: "\"90\"", in: "bots/meetybot.yaml", workspace)
        #expect(
            result.stderr.contains(
                "\(position): warning: no script exercises value '90' of slot type 'MeetingDuration' "
                    + "(slot type value added since HEAD:bots/meetybot.yaml) [change-not-exercised]"),
            "\(result.stderr)")
    }

    @Test func anUnchangedBotRunsNothing() async throws {
        let variant = try #require(MeetyBotVariant.all.first { $0.name == "prompt-changed" })
        let workspace = try await Self.repository(with: variant)
        try workspace.copyFromRepository("bots/meetybot.yaml", to: "bots/meetybot.yaml")
        let result = try await workspace.run("test", "conversations/", "--affected-by", "HEAD:bots/meetybot.yaml")
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "no changes between HEAD:bots/meetybot.yaml and bots/meetybot.yaml: no script to run\n"))
    }

    @Test func diffReadsEitherSideFromGit() async throws {
        let variant = try #require(MeetyBotVariant.all.first { $0.name == "prompt-changed" })
        let workspace = try await Self.repository(with: variant)
        let result = try await workspace.run("diff", "HEAD:bots/meetybot.yaml", "bots/meetybot.yaml")
        #expect(result.status == 1)
        let position = try DiffCommandTests.position(of: "Who is the meeting for?", in: "bots/meetybot.yaml", workspace)
        #expect(
            result.stdout.hasPrefix(
                "\(position): message changed: the prompt of slot 'FullName' of intent 'BookMeeting'\n"
                    + "    - What is your name?\n    + Who is the meeting for?\n"), "\(result.stdout)")
        let removed = try await workspace.run("diff", "bots/meetybot.yaml", "HEAD:bots/meetybot.yaml")
        #expect(removed.stdout.contains("HEAD:bots/meetybot.yaml:"), "old YAML positions name the revision")
        let unknown = try await workspace.run("diff", "no-such-rev:bots/meetybot.yaml", "bots/meetybot.yaml")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("[git-unreadable]"), "\(unknown.stderr)")
    }

    /// A one-line YAML scalar's text: without its quotes, `''` read as `'`.
    static func unquoted(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return String(text.dropFirst().dropLast()) }
        return text
    }

    /// Runs git in `folder` and returns its exit status.
    static func git(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
