import LexFacts
import Testing

@Suite("Lex session ids from user labels")
struct LexSessionIDTests {
    @Test("a label that is a valid id is used as it is")
    func validLabels() {
        for label in ["user", "alice", "bob-2", "a.b:c_d", String(repeating: "x", count: 100)] {
            #expect(LexSessionID.derived(fromLabel: label) == label)
        }
    }

    @Test("any other label maps to a valid, stable, distinct id")
    func derivedLabels() {
        let labels = [
            "a", "b", "Mary Ann", "mary-ann", "Mary-Ann", "José", "日本", " ", String(repeating: "y", count: 101),
        ]
        let ids = labels.map(LexSessionID.derived(fromLabel:))
        #expect(ids.allSatisfy { LexSessionID.isValid($0) }, "\(ids)")
        #expect(Set(ids).count == labels.count, "\(ids)")
        #expect(ids == labels.map(LexSessionID.derived(fromLabel:)), "the same label gives the same id every time")
        #expect(ids[0].hasPrefix("a-") && ids[2].hasPrefix("Mary-Ann-"))
    }

    @Test("Lex's session id rule")
    func validity() {
        #expect(LexSessionID.isValid("ab"))
        #expect(!LexSessionID.isValid("a"))
        #expect(!LexSessionID.isValid("a b"))
        #expect(!LexSessionID.isValid(String(repeating: "a", count: 101)))
    }
}
