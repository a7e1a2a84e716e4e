import MeetyDiagnostics
import Testing
import YAMLNode

/// Limits and positions found by fuzzing and by the hostile corpus.
@Suite("YAML limits and positions")
struct YAMLLimitTests {
    private func parse(_ text: String, limits: YAMLLimits = .default) -> (YAMLNode?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let root = YAMLParser(limits: limits).parse(text, file: "t.yaml", into: &bag)
        return (root, bag.diagnostics)
    }

    @Test("empty lists count as nodes: a list of them stops at the node limit, not an alias limit")
    func emptyListsCount() throws {
        let limits = YAMLLimits(maxNodes: 1_000)
        let (root, diagnostics) = parse("name: [" + String(repeating: "[], ", count: 2_000) + "[]]\n", limits: limits)
        #expect(root == nil)
        let first = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(first.code == .yamlNodeLimit)
        #expect(first.message.hasPrefix("document has more than 1000 nodes"))
        #expect(first.span?.start == SourcePosition(line: 1, column: 8 + 4 * 997))
    }

    @Test("one long text repeated by aliases stops at the alias text limit, at the alias that crosses it")
    func aliasedText() {
        let text =
            "a: &t " + String(repeating: "x", count: 1_000) + "\nb: [" + String(repeating: "*t, ", count: 20) + "*t]\n"
        let (root, diagnostics) = parse(text, limits: YAMLLimits(maxAliasBytes: 10_000))
        #expect(root == nil)
        #expect(diagnostics.map(\.code) == [.yamlAliasLimit])
        #expect(diagnostics.first?.span?.start == SourcePosition(line: 2, column: 5 + 4 * 10))
    }

    @Test(
        "only a line feed starts a line: NEL, U+2028, U+2029 and a lone CR inside texts do not move positions",
        arguments: ["\u{85}", "\u{2028}", "\u{2029}", "\r"]
    )
    func otherLineBreaks(_ separator: String) throws {
        let text = "a: \"one\(separator)two\(separator)three\"\nb: 1\nb: 2\n"
        let (_, diagnostics) = parse(text)
        let duplicate = try #require(diagnostics.first)
        #expect(duplicate.code == .yamlDuplicateKey)
        #expect(duplicate.span?.start == SourcePosition(line: 3, column: 1))
        #expect(duplicate.notes.first?.span?.start == SourcePosition(line: 2, column: 1))
    }

    @Test("an empty document ending in a comment without a final line feed has its value on the last line")
    func emptyDocumentAtEnd() throws {
        var bag = DiagnosticBag()
        let root = YAMLParser().parse("---\n# only a comment", file: "t.yaml", into: &bag)
        #expect(bag.diagnostics.isEmpty)
        let span = try #require(root?.span)
        #expect(span.start == SourcePosition(line: 2, column: 17))
    }

    @Test("a syntax error at the end of a file without a final line feed is on its last line")
    func errorAtEndWithoutLineFeed() throws {
        let (_, diagnostics) = parse("name: x\nlocales: [en_US")
        let error = try #require(diagnostics.first)
        #expect(error.code == .yamlSyntax)
        #expect(error.span?.start == SourcePosition(line: 2, column: 16))
    }
}
