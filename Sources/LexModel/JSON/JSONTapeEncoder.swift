/// An `Encoder` that writes values into a `JSONTape`, `null` for absent optionals.
///
/// The Lex console exporter writes every key of a file and uses `null` where there is no value;
/// compiled output should look the same so it diffs cleanly against real exports. Synthesized
/// `Encodable` conformances call `encodeIfPresent` for optional properties, and this encoder's
/// keyed container implements every `encodeIfPresent` overload to write `null` instead of skipping
/// the key. Model types therefore keep synthesized conformances, print every modelled key, and a
/// new model field needs no change here. Members are stored in the order they are encoded; the
/// printer sorts them. Non-finite numbers are rejected, since JSON cannot represent them.
struct JSONTapeEncoder: Encoder {
    /// The tape under construction, shared by every encoder and container of one encoding.
    final class Writer {
        @exclusivity(unchecked) var tape: JSONTape

        init(tape: JSONTape) {
            self.tape = tape
        }

        /// Appends an empty member of `parent` under `key`, to be filled by the member's encoder.
        @inline(__always)
        func member(of parent: Int, _ key: some CodingKey) -> Int {
            let child = tape.append(.empty)
            tape.setKey(child, key.stringValue)
            tape.link(child, to: parent)
            return child
        }

        /// Appends an empty element to the list `parent`.
        @inline(__always)
        func element(of parent: Int) -> Int {
            let child = tape.append(.empty)
            tape.link(child, to: parent)
            return child
        }

        /// The coding path of node `index`: member keys and element positions from the root.
        func codingPath(to index: Int) -> [any CodingKey] {
            var path: [any CodingKey] = []
            var current = index
            while tape.nodes[current].parent != JSONTape.none {
                let parent = Int(tape.nodes[current].parent)
                if tape.nodes[parent].kind == .object {
                    path.append(JSONKey(tape.key(current)))
                } else {
                    let position = Array(tape.children(parent)).firstIndex(of: current) ?? 0
                    path.append(JSONKey(index: position))
                }
                current = parent
            }
            return path.reversed()
        }

        /// Writes a Swift scalar into node `index`, rejecting values JSON cannot hold.
        func scalar(_ value: Double, at index: Int) throws {
            guard value.isFinite else {
                throw EncodingError.invalidValue(
                    value, .init(codingPath: codingPath(to: index), debugDescription: "non-finite number"))
            }
            tape.set(index, number: value)
        }

        func scalar(_ value: Float, at index: Int) throws {
            try scalar(Double("\(value)") ?? .nan, at: index)
        }

        func scalar(_ value: some BinaryInteger, at index: Int) {
            if let integer = Int(exactly: value) {
                tape.set(index, integer: integer)
            } else {
                tape.set(index, number: Double(value))
            }
        }
    }

    let writer: Writer
    let node: Int

    var codingPath: [any CodingKey] { writer.codingPath(to: node) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes `value` as a new unlinked subtree of `tape` and returns its root.
    static func encode(_ value: some Encodable, into tape: inout JSONTape) throws -> JSONTape.Index {
        let writer = Writer(tape: JSONTape())
        swap(&writer.tape, &tape)
        defer { swap(&writer.tape, &tape) }
        let root = writer.tape.append(.empty)
        try value.encode(to: JSONTapeEncoder(writer: writer, node: root))
        return root
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.tape.becomeContainer(node, .object)
        return KeyedEncodingContainer(KeyedTapeContainer<Key>(writer: writer, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.tape.becomeContainer(node, .array)
        return UnkeyedTapeContainer(writer: writer, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTapeContainer(writer: writer, node: node)
    }
}

/// A coding key made from any string or index; used for dictionaries and for error paths.
struct JSONKey: CodingKey, Hashable {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) { self.init(index: intValue) }
}
