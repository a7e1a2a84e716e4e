import Foundation
import MeetyDiagnostics
import Testing

@testable import LexModel

/// A value whose encoding interleaves a nested container with later keys and repeats a key,
/// which a synthesized conformance never does but any `Encodable` may.
private struct Interleaved: Encodable {
    enum Keys: String, CodingKey {
        case zeta, alpha, nested, list
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try container.encode("first", forKey: .zeta)
        try nested.encode(2, forKey: .zeta)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try container.encode(true, forKey: .alpha)
        try list.encode("a/b \"c\"\n\u{1}")
        try list.encodeNil()
        try nested.encode(0.25, forKey: .alpha)
        try container.encode("last", forKey: .zeta)
    }
}

private struct NotFinite: Encodable {
    let values: [Double]
}

private struct Holder: Encodable {
    let inner: NotFinite
}

@Suite("JSON tapes: encoding and printing")
struct JSONTapeTests {
    @Test("members print sorted by their UTF-8 bytes; a repeated key keeps its last value; texts are escaped")
    func printing() throws {
        var tape = JSONTape()
        let root = try LexJSON.encode(Interleaved(), into: &tape)
        let text = String(decoding: tape.prettyPrintedData(root), as: UTF8.self)
        #expect(
            text == """
                {
                  "alpha": true,
                  "list": [
                    "a/b \\"c\\"\\n\\u0001",
                    null
                  ],
                  "nested": {
                    "alpha": 0.25,
                    "zeta": 2
                  },
                  "zeta": "last"
                }

                """)
        #expect(tape.value(root)["zeta"] == .string("last"))
        #expect(tape.value(root)["list"]?.arrayValue?.first == .string("a/b \"c\"\n\u{1}"))
    }

    @Test("a JSON value prints through a tape exactly as its members say, in code-point order")
    func valuePrinting() {
        let value: JSONValue = .object([
            "b": .array([]), "a": .object([:]), "é": .integer(-12), "Z": .number(1e-7), "A\"": .null,
        ])
        #expect(
            value.prettyPrinted() == """
                {
                  "A\\"": null,
                  "Z": 1e-07,
                  "a": {},
                  "b": [],
                  "é": -12
                }

                """)
        var tape = JSONTape()
        let root = tape.append(value: value)
        #expect(tape.value(root) == value)
    }

    @Test("a non-finite number is refused with the key path to it")
    func nonFinite() {
        do {
            _ = try LexJSON.encode(Holder(inner: NotFinite(values: [1, .infinity])))
            Issue.record("encoded infinity")
        } catch {
            #expect(error.code == .lexUnrenderable)
            #expect(error.message == "at key path inner.values[1]: non-finite number")
        }
    }

    @Test("a cut-off subtree leaves the tape as it was before it")
    func truncation() {
        var tape = JSONTape()
        let object = tape.append(.object)
        let mark = tape.mark
        let dropped = tape.append(string: "gone")
        tape.setKey(dropped, "dropped")
        tape.truncate(to: mark)
        let kept = tape.append(integer: 7)
        tape.setKey(kept, "kept")
        tape.link(kept, to: object)
        #expect(tape.value(object) == .object(["kept": .integer(7)]))
        #expect(tape.count == 2)
    }

    @Test("work spread over the cores gives the results of a sequential map, in order")
    func parallelMap() {
        let sequential = (0..<1_000).map { $0 * $0 }
        let spread = ParallelMap.map(
            count: 1_000, cost: Int.max, makeState: { 0 },
            transform: { calls, index in
                calls += 1
                return index * index
            })
        #expect(spread == sequential)
        let (results, states) = ParallelMap.mapWithStates(
            count: 1_000, cost: Int.max, makeState: { 0 },
            transform: { calls, index in
                calls += 1
                return index
            })
        #expect(results == Array(0..<1_000))
        #expect(states.reduce(0, +) == 1_000)
    }
}
