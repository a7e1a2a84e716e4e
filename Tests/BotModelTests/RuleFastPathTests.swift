import Testing

@testable import BotModel

/// The rules decide most texts by bytes and fall back to the full scans only for texts with a
/// problem; these tests hold the byte-level helpers to the answers of the full forms.
@Suite("Byte-level rule helpers agree with the full scans")
struct RuleFastPathTests {
    /// Every text of up to `length` characters over `alphabet`.
    private static func texts(_ alphabet: [Character], length: Int) -> [String] {
        var texts = [""]
        var frontier = [""]
        for _ in 0..<length {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += frontier
        }
        return texts
    }

    @Test("ASCII slot references: the same names, and clean exactly when the scan finds no brace problem")
    func slotReferences() {
        for text in Self.texts(["{", "}", "a", "_", "-", " ", "1"], length: 5) + ["{MeetingDate} at {Time}", "{é}"] {
            var names: [String] = []
            let clean = TemplateScan.asciiSlotReferences(in: text) { names.append(String(decoding: $0, as: UTF8.self)) }
            let scan = TemplateScan(text)
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                #expect(clean == nil, "\(text)")
                continue
            }
            #expect(clean == scan.braceProblems.isEmpty, "\(text)")
            #expect(names == scan.slots.map(\.name), "\(text)")
        }
    }

    @Test("ASCII names are valid exactly when the name check finds no problem")
    func names() {
        for name in Self.texts(["a", "Z", "9", "_", "-", " ", "."], length: 5) + [String(repeating: "a", count: 101)] {
            let valid = Array(name.utf8).withUnsafeBufferPointer { LexName.isValidASCII($0) }
            #expect(valid == (LexName.problem(in: name) == nil), "\(name)")
        }
    }

    @Test("byte keys normalise as the string form did, ASCII or not")
    func normalizedKeys() {
        for text in ["  Book a\tMeeting  ", "", "   ", "ÉTÉ  à Paris", "a\u{85}b", "Tab\u{0B}and\u{0C}feed"] {
            var bytes: [UInt8] = []
            UtteranceKey.normalizedBytes(text, into: &bytes)
            let expected = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text)")
        }
        #expect(UtteranceKey.hasBrace("a {b}") && !UtteranceKey.hasBrace("a b"))
        #expect(!UtteranceKey.hasBrace("{\u{301}x"), "a brace with a combining mark is another character")
    }

    @Test("the key table returns the first value of every key, across growth and clearing")
    func keyTable() {
        var table = ByteKeyTable()
        var reference: [String: Int] = [:]
        for round in 0..<2 {
            for index in 0..<5_000 {
                let key = "key \(index % 1_700) \(String(repeating: "x", count: index % 5))"
                let found = table.firstValue(for: Array(key.utf8), inserting: index)
                #expect(found == reference[key], "\(key) in round \(round)")
                if reference[key] == nil { reference[key] = index }
            }
            table.removeAll()
            reference.removeAll()
        }
        #expect(table.firstValue(for: [], inserting: 1) == nil)
        #expect(table.firstValue(for: [], inserting: 2) == 1)
    }

    @Test("blank means only white space, decided by the first byte when it can be")
    func blank() {
        #expect("".isBlank && " \t\n".isBlank && "\u{A0}\u{2003}".isBlank)
        #expect(!"a".isBlank && !" a".isBlank && !"\u{1F}".isBlank && !"é".isBlank)
    }
}
