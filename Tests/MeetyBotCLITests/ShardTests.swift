import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot test --shard K/N` and one-letter user labels, through the built CLI.
@Suite struct ShardTests {
    /// Seven small scripts against the tea bot, named s1 ... s7.
    private func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        for number in 1...7 {
            try workspace.write(
                "conversations/s\(number).yaml",
                "name: s\(number)\nbot: ../bots/tea.yaml\nturns:\n  - user: Hello\n    intent: Greet\n")
        }
        return workspace
    }

    @Test func theShardsTogetherRunEveryScriptExactlyOnce() async throws {
        let workspace = try workspace()
        var names: [String] = []
        for shard in 1...3 {
            let result = try await workspace.run(
                "test", "--shard", "\(shard)/3", "--junit", "junit-\(shard).xml", "--json", "report-\(shard).json")
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.last?.hasSuffix("(shard \(shard)/3)") == true, "\(result.stdout)")
            names += lines.filter { $0.hasPrefix("PASS  ") }.map { String($0.dropFirst(6)) }
            #expect(
                try workspace.read("junit-\(shard).xml").contains("<testsuites name=\"meety-bot shard \(shard)/3\""))
        }
        #expect(names.sorted() == (1...7).map { "s\($0)" })
        #expect(Set(names).count == 7)
        // Deterministic: the same shard again runs the same scripts.
        let again = try await workspace.run("test", "--shard", "2/3")
        #expect(again.stdout.contains("PASS  s2\n") && again.stdout.contains("PASS  s5\n"))
    }

    @Test func aMalformedShardIsMisuse() async throws {
        let workspace = try workspace()
        for bad in ["0/3", "4/3", "1/0", "a/b", "2"] {
            let result = try await workspace.run("test", "--shard", bad)
            #expect(result.status == 64, "\(bad): \(result.stderr)")
            #expect(result.stderr.contains("--shard must be K/N"), "\(bad)")
        }
    }

    @Test func oneLetterLabelsNameUsers() async throws {
        let workspace = try workspace()
        try workspace.write(
            "conversations/labels.yaml",
            """
            name: two users a and b
            bot: ../bots/tea.yaml
            turns:
              - {as: a, user: I want tea, slot: Kind}
              - {as: b, user: Hello, intent: Greet}
              - {as: a, user: sencha, state: Fulfilled}

            """)
        let result = try await workspace.run("test", "conversations/labels.yaml", "--json", "r.json")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = try workspace.read("r.json")
        #expect(report.contains("\"session\" : \"a\"") && report.contains("\"session\" : \"b\""))
    }
}
