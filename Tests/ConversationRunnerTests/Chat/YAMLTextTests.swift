import Conversations
import MeetyDiagnostics
import Testing

@testable import ConversationRunner

/// Text written by `YAMLText` reads back as exactly that text through the conversation loader,
/// in block context (`user:`, `bot:`) and in flow context (`slots: {...}`).
@Suite struct YAMLTextTests {
    static let awkward = [
        "plain words", "Hi: there", "ends with colon:", "10:30", "\"quoted\"", "'single'", "{braces}", "[a, b]",
        "a, b", "#hash", "a #b", "- dash", "-dash", "null", "Null", "NULL", "~", "yes", "no", "on", "007",
        "2026-11-23", "line one\nline two", "trailing ", " leading", "tab\there", "back\\slash", "emoji 🎉", "é à",
        "sep\u{2028}arator", "nel\u{85}x", "bell\u{7}", "bom\u{FEFF}", "*star", "&anchor", "!tag", "%pct", "@at",
        "`tick", "|pipe", ">folded", "?question", "a: b: c", "x: {y: z}", "",
        "../bots/meetybot.yaml", "/abs/path.yaml", "...", "---", "_under", ".hidden",
    ]

    @Test(arguments: awkward)
    func blockScalarsReadBackExactly(text: String) throws {
        let script = try load("name: t\nturns:\n  - user: x\n    bot: \(YAMLText.scalar(text))\n")
        guard case .exact(let read)? = script.steps.first?.userTurn?.expectations.reply?.value else {
            Issue.record("not an exact reply")
            return
        }
        #expect(read.value == text)
    }

    @Test(arguments: awkward.filter { !$0.isEmpty })
    func userTextReadsBackExactly(text: String) throws {
        let script = try load("name: t\nturns:\n  - user: \(YAMLText.scalar(text))\n")
        #expect(script.steps.first?.userTurn?.text.value == text)
    }

    @Test(arguments: awkward)
    func flowValuesReadBackExactly(text: String) throws {
        let mapping = YAMLText.flowMapping([("Kind", text), ("Other", nil)])
        let script = try load("name: t\nturns:\n  - user: x\n    slots: \(mapping)\n")
        let slots = script.steps.first?.userTurn?.expectations.slots ?? []
        #expect(slots.map(\.name.value) == ["Kind", "Other"])
        #expect(slots.first?.value.value == text)
        #expect(slots.last.map { $0.value.value == nil } == true)
    }

    @Test func simpleTextStaysPlain() {
        #expect(YAMLText.scalar("Alice") == "Alice")
        #expect(YAMLText.scalar("alice@example.com") == "alice@example.com")
        #expect(YAMLText.scalar("2026-01-06") == "2026-01-06")
        #expect(YAMLText.scalar("../bots/meetybot.yaml") == "../bots/meetybot.yaml")
        #expect(YAMLText.scalar("10:30") == "\"10:30\"")
        #expect(YAMLText.scalar("say \"hi\"\n") == "\"say \\\"hi\\\"\\n\"")
    }

    private func load(_ text: String) throws -> ConversationScript {
        var bag = DiagnosticBag()
        let file = ConversationLoader().load(text, file: "t.yaml", into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics.map(\.message))\n\(text)")
        return try #require(file?.scripts.first)
    }
}
