import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing
import YAMLNode

@Suite("Hostile input")
struct HostileInputTests {
    /// Loads `text` and returns its diagnostics and how long loading took.
    private func timedLoad(_ text: String) -> ([Diagnostic], Duration) {
        var bag = DiagnosticBag()
        let elapsed = ContinuousClock().measure {
            _ = BotLoader().load(text, file: "hostile.yaml", into: &bag)
        }
        return (bag.sorted, elapsed)
    }

    @Test("a billion-laughs alias bomb is refused quickly")
    func aliasBomb() {
        var text = "name: TestBot\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "lol\(level): &l\(level) [\(aliases)]\n"
        }
        let (diagnostics, elapsed) = timedLoad(text)
        #expect(diagnostics.map(\.code) == [.yamlAliasLimit])
        #expect(elapsed < BuildSanitizer.hangBound, "took \(elapsed)")
    }

    @Test(
        "10,000 levels of nesting are refused at the depth limit quickly",
        arguments: ["flow list", "flow mapping", "block list"]
    )
    func deepNesting(_ style: String) throws {
        let depth = 10_000
        let text: String
        switch style {
        case "flow list": text = "name: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        case "flow mapping":
            text = "name: " + String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth)
        default: text = "name: TestBot\nlocales:\n" + String(repeating: "- ", count: depth) + "x\n"
        }
        let (diagnostics, elapsed) = timedLoad(text)
        #expect(diagnostics.map(\.code) == [.yamlDepthLimit])
        #expect(elapsed < BuildSanitizer.hangBound, "took \(elapsed)")
        let position = try #require(diagnostics.first?.span?.start)
        let limit = YAMLLimits.default.maxDepth
        switch style {
        case "flow list": #expect(position == SourcePosition(line: 1, column: 6 + limit))
        case "flow mapping": #expect(position == SourcePosition(line: 1, column: 7 + 4 * (limit - 1)))
        default: #expect(position == SourcePosition(line: 3, column: 1 + 2 * (limit - 1)))
        }
    }
}
