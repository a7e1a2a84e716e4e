import Conversations
import MeetyDiagnostics
import Testing

@Suite("Conversation loader: garbage in, diagnostics out")
struct GarbageInputTests {
    @Test(
        "malformed files are rejected with a diagnostic, never a crash",
        arguments: [
            ("", "empty-file"),
            ("# only a comment\n\n", "empty-file"),
            ("- name: a\n  turns: [{user: hi}]\n", "type-mismatch"),
            ("just text", "type-mismatch"),
            ("42", "type-mismatch"),
            ("~", "type-mismatch"),
            ("conversations:\n", "missing-key"),
            ("conversations: 5\n", "type-mismatch"),
            ("conversations: []\n", "value-out-of-range"),
            ("conversations: [1, [2], {}]\n", "type-mismatch"),
            ("name: a\nturns: hello\n", "type-mismatch"),
            ("name: [a]\nturns: [{user: hi}]\n", "type-mismatch"),
            ("name: a\nturns: [[], 3, ~]\n", "type-mismatch"),
            ("name: a\nturns: [{user: {text: hi}}]\n", "type-mismatch"),
            ("name: a\ngiven: [x]\nturns: [{user: hi}]\n", "type-mismatch"),
            ("name: a\ngiven: {meetings: {a: b}}\nturns: [{user: hi}]\n", "type-mismatch"),
            ("name: a\nturns: [{user: hi}]\nexpect: [meetings]\n", "type-mismatch"),
            ("name: a\nturns: [{user: hi}]\nexpect: {meetings: {created: {}}}\n", "type-mismatch"),
            ("name: a\n  turns: [\n", "yaml-syntax"),
            ("name: a\nname: b\nturns: [{user: hi}]\n", "yaml-duplicate-key"),
            ("{[a]: b}\n", "yaml-complex-key"),
            ("name: a\n---\nname: b\n", "yaml-multiple-documents"),
        ]
    )
    func rejected(_ text: String, _ code: String) {
        let (loaded, diagnostics) = Load.file(text)
        #expect(loaded == nil)
        #expect(diagnostics.contains { $0.code.id == code }, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.span?.file == Load.file })
    }

    @Test("deep nesting stops at the YAML depth limit")
    func deepNesting() {
        let depth = 10_000
        let text =
            "name: a\nturns:\n  - user: hi\n    slots: " + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "\n"
        let (loaded, diagnostics) = Load.file(text)
        #expect(loaded == nil)
        #expect(diagnostics.map(\.code) == [.yamlDepthLimit])
    }

    @Test("binary bytes are an encoding error")
    func binary() {
        var bag = DiagnosticBag()
        let loaded = ConversationLoader().load([0x6E, 0x00, 0xFF, 0xFE], file: Load.file, into: &bag)
        #expect(loaded == nil)
        #expect(bag.diagnostics.map(\.code) == [.yamlInvalidEncoding])
    }

    @Test("an alias bomb stops at the node limit")
    func aliasBomb() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let (loaded, diagnostics) = Load.file(lines.joined(separator: "\n") + "\n")
        #expect(loaded == nil)
        #expect(diagnostics.map(\.code) == [.yamlAliasLimit])
    }

    @Test("every shape in every field position either decodes cleanly or is rejected with an error")
    func everyShapeEverywhere() {
        let shapes = ["x", "~", "''", "[1, [2]]", "{a: {b: c}}", "{}", "[]"]
        var texts: [String] = []
        for field in ConversationDecoderFields.script {
            for shape in shapes {
                var fields = ["name": "n", "turns": "[{user: hi}]"]
                fields[field] = shape
                texts.append(fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))
            }
        }
        for field in ConversationDecoderFields.turn {
            for shape in shapes {
                texts.append("name: n\nturns:\n  - user: hi\n    \(field): \(shape)\n")
                texts.append("name: n\nturns:\n  - approve: \(shape)\n")
                texts.append("name: n\nturns: [{user: hi}]\nexpect: {meetings: {\(field): \(shape)}}\n")
                texts.append("name: n\nturns: [{user: hi, bot: {contains: \(shape)}, slots: {\(field): \(shape)}}]\n")
            }
        }
        for text in texts {
            let (loaded, diagnostics) = Load.file(text)
            let hasErrors = diagnostics.contains { $0.severity == .error }
            #expect((loaded == nil) == hasErrors, "\(text)\n\(diagnostics)")
            #expect(diagnostics.allSatisfy { $0.span != nil && $0.message == $0.message.lowercasedFirst })
        }
    }
}

/// The keys the decoder knows, repeated here so the test does not depend on internals.
enum ConversationDecoderFields {
    static let script = ["name", "bot", "locale", "now", "tags", "given", "turns", "expect"]
    static let turn = ["user", "as", "bot", "intent", "action", "slot", "state", "confirmation", "slots", "session"]
}

extension String {
    /// The text with its first character lowercased (messages start lowercase).
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
