import MeetyDiagnostics
import MeetyTestSupport
import Testing
import YAMLNode

private func root(_ text: String) throws -> YAMLMapping {
    var bag = DiagnosticBag()
    return try #require(YAMLParser().parse(text, file: "t.yaml", into: &bag)?.mapping)
}

@Suite("Field conversions")
struct ValueConversionTests {
    @Test("booleans accept only true and false")
    func booleans() throws {
        let mapping = try root("a: true\nb: yes\nc: 'true'\n")
        var bag = DiagnosticBag()
        #expect(mapping["a"]?.bool("a", bag: &bag)?.value == true)
        #expect(mapping["b"]?.bool("b", bag: &bag) == nil)
        #expect(mapping["c"]?.bool("c", bag: &bag) == nil)
        #expect(bag.diagnostics.map(\.code) == [.typeMismatch, .typeMismatch])
        #expect(bag.diagnostics[0].message == "expected true or false for b, found the value 'yes'")
        #expect(bag.diagnostics[0].span?.start == SourcePosition(line: 2, column: 4))
    }

    @Test("integers are range-checked at the value")
    func integers() throws {
        let mapping = try root("ttl: 30\nbad: 3.5\n")
        var bag = DiagnosticBag()
        #expect(mapping["ttl"]?.integer("idleSessionTTL", in: 60...86_400, bag: &bag) == nil)
        #expect(mapping["bad"]?.integer("bad", in: 0...10, bag: &bag) == nil)
        #expect(bag.diagnostics.map(\.code) == [.valueOutOfRange, .typeMismatch])
        #expect(bag.diagnostics[0].message == "idleSessionTTL is 30, outside the allowed range 60...86400")
    }

    @Test("numbers are range-checked")
    func numbers() throws {
        let mapping = try root("a: 0.6\nb: 1.5\nc: nan\n")
        var bag = DiagnosticBag()
        #expect(mapping["a"]?.number("a", in: 0...1, bag: &bag)?.value == 0.6)
        #expect(mapping["b"]?.number("b", in: 0...1, bag: &bag) == nil)
        #expect(mapping["c"]?.number("c", in: 0...1, bag: &bag) == nil)
        #expect(bag.diagnostics.map(\.code) == [.valueOutOfRange, .typeMismatch])
    }

    @Test("text rejects lists, mappings and null")
    func text() throws {
        let mapping = try root("a: [x]\nb: {c: d}\ne:\nf: plain\n")
        var bag = DiagnosticBag()
        #expect(mapping["a"]?.string("a", bag: &bag) == nil)
        #expect(mapping["b"]?.string("b", bag: &bag) == nil)
        #expect(mapping["e"]?.string("e", bag: &bag) == nil)
        #expect(mapping["f"]?.string("f", bag: &bag)?.value == "plain")
        #expect(
            bag.diagnostics.map(\.message) == [
                "expected text for a, found a list",
                "expected text for b, found a mapping",
                "expected text for e, found an empty value",
            ])
    }

    @Test("a mapping reader reports unknown keys with a suggestion and missing keys at the mapping")
    func mappingReader() throws {
        let marked = MarkedText("1️⃣name: x\n2️⃣utterence: y\n")
        var bag = DiagnosticBag()
        let node = try #require(YAMLParser().parse(marked.text, file: "t.yaml", into: &bag))
        let reader = try #require(
            MappingReader(node, subject: "intent 'A'", knownKeys: ["name", "utterances", "slots"], bag: &bag)
        )
        #expect(reader.required("slots", bag: &bag) == nil)
        #expect(bag.diagnostics.count == 2)
        #expect(bag.diagnostics[0].message == "unknown key 'utterence' in intent 'A' (did you mean 'utterances'?)")
        #expect(bag.diagnostics[0].span?.start == marked["2️⃣"])
        #expect(bag.diagnostics[1].message == "intent 'A' is missing required key 'slots'")
        #expect(bag.diagnostics[1].span?.start == marked["1️⃣"])
    }
}
