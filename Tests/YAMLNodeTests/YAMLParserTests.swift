import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import YAMLNode

/// Parses marked text and returns the root plus diagnostics.
private func parse(_ text: String, limits: YAMLLimits = .default) -> (YAMLNode?, [Diagnostic]) {
    var bag = DiagnosticBag()
    let root = YAMLParser(limits: limits).parse(text, file: "t.yaml", into: &bag)
    return (root, bag.diagnostics)
}

@Suite("YAML parser")
struct YAMLParserTests {
    @Test("libyaml's 0-based marks become 1-based positions in one place")
    func markConversion() {
        #expect(YAMLParser.position(line: 0, column: 0, index: 0) == SourcePosition(line: 1, column: 1))
        #expect(YAMLParser.position(line: 3, column: 4, index: 40) == SourcePosition(line: 4, column: 5, offset: 40))
    }

    @Test("every key and value carries its 1-based span")
    func spansOnKeysAndValues() throws {
        let marked = MarkedText(
            """
            1️⃣name: 2️⃣MeetyBot
            locales:
              3️⃣en_US:
                4️⃣intents: 5️⃣[6️⃣a, b]
            """
        )
        let (root, diagnostics) = parse(marked.text)
        #expect(diagnostics.isEmpty)
        let mapping = try #require(root?.mapping)
        #expect(mapping.span.start == marked["1️⃣"])
        #expect(mapping.entries[0].key.span.start == marked["1️⃣"])
        #expect(mapping.entries[0].value.span.start == marked["2️⃣"])
        let locales = try #require(mapping["locales"]?.mapping)
        #expect(locales.entries[0].key.span.start == marked["3️⃣"])
        let locale = try #require(locales["en_US"]?.mapping)
        #expect(locale.span.start == marked["4️⃣"])
        let intents = try #require(locale["intents"]?.sequence)
        #expect(intents.span.start == marked["5️⃣"])
        #expect(intents.items[0].span.start == marked["6️⃣"])
    }

    @Test("columns count Unicode scalars, not bytes")
    func columnsCountScalars() throws {
        let marked = MarkedText("name: \"héllo wörld\"\nnext: 1️⃣x\nübel: 2️⃣y\n")
        let (root, _) = parse(marked.text)
        let mapping = try #require(root?.mapping)
        #expect(mapping["next"]?.span.start.line == marked["1️⃣"].line)
        #expect(mapping["next"]?.span.start.column == marked["1️⃣"].column)
        #expect(mapping["übel"]?.span.start.column == marked["2️⃣"].column)
    }

    @Test("scalars are never typed: yes, no, on, 1 and null-looking quoted values stay text")
    func noImplicitTyping() throws {
        let (root, _) = parse("a: yes\nb: no\nc: on\nd: 1\ne: '~'\nf: ~\ng:\nh: \"\"\n")
        let mapping = try #require(root?.mapping)
        #expect(mapping["a"]?.scalar?.value == "yes")
        #expect(mapping["b"]?.scalar?.value == "no")
        #expect(mapping["c"]?.scalar?.value == "on")
        #expect(mapping["d"]?.scalar?.value == "1")
        #expect(mapping["e"]?.isNull == false)
        #expect(mapping["f"]?.isNull == true)
        #expect(mapping["g"]?.isNull == true)
        #expect(mapping["h"]?.isNull == false)
        #expect(mapping["h"]?.scalar?.style == .doubleQuoted)
    }

    @Test("a duplicate key is reported at its second occurrence with a note at the first")
    func duplicateKey() throws {
        let marked = MarkedText("1️⃣name: a\nother: b\n2️⃣name: c\n")
        let (root, diagnostics) = parse(marked.text)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .yamlDuplicateKey)
        #expect(diagnostic.span?.start == marked["2️⃣"])
        #expect(diagnostic.notes.first?.span?.start == marked["1️⃣"])
        #expect(diagnostic.message == "duplicate key 'name'")
    }

    @Test("tab indentation is a syntax error at the tab")
    func tabIndentation() throws {
        let (root, diagnostics) = parse("name: a\nlocales:\n\ten_US: x\n")
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.span?.start == SourcePosition(line: 3, column: 1))
        #expect(diagnostic.message.contains("tab"))
    }

    @Test("an unclosed quote is reported at libyaml's problem mark with the quote's start as a note")
    func unclosedQuote() throws {
        let (root, diagnostics) = parse("name: \"MeetyBot\ndescription: x\n")
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.span?.start == SourcePosition(line: 3, column: 1))
        #expect(diagnostic.notes.first?.span?.start == SourcePosition(line: 1, column: 7))
    }

    @Test("aliases expand to the anchored node")
    func aliasExpansion() throws {
        let (root, diagnostics) = parse("a: &x [1, 2]\nb: *x\n")
        #expect(diagnostics.isEmpty)
        #expect(root?.mapping?["b"]?.sequence?.items.count == 2)
    }

    @Test("an alias bomb stops at the node limit, quickly")
    func billionLaughs() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        let start = clock.now
        let (root, diagnostics) = parse(text)
        #expect(clock.now - start < BuildSanitizer.hangBound)
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlAliasLimit)
        #expect(diagnostics.first?.span?.start.line == 6)
    }

    @Test("10,000 levels of nesting stop at the depth limit, quickly")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let clock = ContinuousClock()
        let start = clock.now
        let (root, diagnostics) = parse(text)
        #expect(clock.now - start < BuildSanitizer.hangBound)
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlDepthLimit)
        #expect(diagnostics.first?.span?.start == SourcePosition(line: 1, column: 65))
    }

    @Test("an undefined alias is an error at the alias")
    func undefinedAlias() {
        let (root, diagnostics) = parse("a: *nothing\n")
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlUndefinedAlias)
        #expect(diagnostics.first?.span?.start == SourcePosition(line: 1, column: 4))
    }

    @Test("a mapping used as a key is an error")
    func complexKey() {
        let (root, diagnostics) = parse("? {a: 1}\n: x\n")
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlComplexKey)
    }

    @Test("a second document is an error at its start")
    func multipleDocuments() {
        let (root, diagnostics) = parse("a: 1\n---\nb: 2\n")
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlMultipleDocuments)
        #expect(diagnostics.first?.span?.start.line == 2)
    }
}

@Suite("YAML input bytes")
struct YAMLInputTests {
    private func parseBytes(_ bytes: [UInt8], limits: YAMLLimits = .default) -> (YAMLNode?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let root = YAMLParser(limits: limits).parse(bytes, file: "t.yaml", into: &bag)
        return (root, bag.diagnostics)
    }

    @Test("an empty, blank or comment-only file has no document and no diagnostic")
    func emptyFiles() {
        for text in ["", "   \n\n", "# just a comment\n"] {
            let (root, diagnostics) = parseBytes(Array(text.utf8))
            #expect(root == nil)
            #expect(diagnostics.isEmpty)
        }
    }

    @Test("a UTF-8 byte-order mark is accepted and does not shift columns")
    func byteOrderMark() throws {
        let (root, diagnostics) = parseBytes([0xEF, 0xBB, 0xBF] + Array("name: x\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(root?.mapping?["name"]?.span.start == SourcePosition(line: 1, column: 7))
    }

    @Test("invalid UTF-8 is reported at the offending byte")
    func invalidUTF8() throws {
        let (root, diagnostics) = parseBytes(Array("name: a\nb: c".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .yamlInvalidEncoding)
        #expect(diagnostic.span?.start == SourcePosition(line: 2, column: 5))
    }

    @Test("binary data with NUL bytes is an encoding error")
    func binaryData() {
        let (root, diagnostics) = parseBytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00])
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlInvalidEncoding)
    }

    @Test("UTF-16 text is refused with advice")
    func utf16() {
        let (root, diagnostics) = parseBytes([0xFF, 0xFE, 0x61, 0x00])
        #expect(root == nil)
        #expect(diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test("a file over the size limit is refused before parsing")
    func tooLarge() {
        let (root, diagnostics) = parseBytes(
            Array(repeating: UInt8(ascii: "a"), count: 100), limits: YAMLLimits(maxBytes: 10))
        #expect(root == nil)
        #expect(diagnostics.first?.code == .yamlFileTooLarge)
    }
}
