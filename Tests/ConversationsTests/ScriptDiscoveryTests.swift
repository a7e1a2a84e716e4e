import Conversations
import Testing

@Suite("Script discovery and --filter")
struct ScriptDiscoveryTests {
    @Test("scripts are .yaml or .yml files outside hidden folders, deduplicated and sorted")
    func scripts() {
        let listed = [
            "conversations/b.yml",
            "conversations/a.yaml",
            "conversations/notes.md",
            "conversations/README",
            "conversations/.hidden.yaml",
            "conversations/.drafts/c.yaml",
            "./conversations/sub/D.YAML",
            "conversations/a.yaml",
            "conversations/yaml",
            "conversations/.yaml",
            "../shared/e.yaml",
        ]
        #expect(
            ScriptDiscovery.scripts(among: listed) == [
                "../shared/e.yaml",
                "./conversations/sub/D.YAML",
                "conversations/a.yaml",
                "conversations/b.yml",
            ])
        #expect(!ScriptDiscovery.isScript("a.json"))
        #expect(ScriptDiscovery.isScript("/abs/path/x.yml"))
    }

    @Test(
        "a script's bot path is relative to the script's folder",
        arguments: [
            ("../bots/meetybot.yaml", "conversations/x.yaml", "bots/meetybot.yaml"),
            ("../bots/meetybot.yaml", "conversations/sub/x.yaml", "conversations/bots/meetybot.yaml"),
            ("meetybot.yaml", "x.yaml", "meetybot.yaml"),
            ("../meetybot.yaml", "x.yaml", "../meetybot.yaml"),
            ("./bots/./b.yaml", "conv/x.yaml", "conv/bots/b.yaml"),
            ("/etc/bots/b.yaml", "conv/x.yaml", "/etc/bots/b.yaml"),
            ("../b.yaml", "/work/conv/x.yaml", "/work/b.yaml"),
            ("../../../b.yaml", "/conv/x.yaml", "/b.yaml"),
            ("../../b.yaml", "a/x.yaml", "../b.yaml"),
        ]
    )
    func botPath(_ bot: String, _ script: String, _ expected: String) {
        #expect(ScriptDiscovery.botPath(bot, relativeTo: script) == expected)
    }

    @Test("--filter: a case-insensitive substring of the name, or an exact tag")
    func filter() throws {
        let (loaded, diagnostics) = Load.file(
            """
            conversations:
              - {name: Books a FREE slot, tags: [booking], turns: [{user: hi}]}
              - {name: conflict reply, tags: [booking, slow], turns: [{user: hi}]}
              - {name: greeting, tags: [smoke], turns: [{user: hi}]}
            """
        )
        #expect(diagnostics.isEmpty)
        let scripts = try #require(loaded?.scripts)
        func names(_ text: String) -> [String] { ScriptFilter(text).select(scripts).selected.map(\.name.value) }
        #expect(names("free") == ["Books a FREE slot"])
        #expect(names("BOOKS A") == ["Books a FREE slot"])
        #expect(names("booking") == ["Books a FREE slot", "conflict reply"])
        #expect(names("smoke") == ["greeting"])
        #expect(names("Smoke") == [])
        #expect(names("slo") == ["Books a FREE slot"])
        #expect(names("") == ["Books a FREE slot", "conflict reply", "greeting"])
        #expect(
            ScriptFilter("smoke").select(scripts).skipped.map(\.name.value) == ["Books a FREE slot", "conflict reply"])
        #expect(ScriptFilter("x").matches(name: "none", tags: ["x"]))
    }
}
