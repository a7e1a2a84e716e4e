/// An `Encoder` that builds a `JSONValue` and writes `null` for absent optionals.
///
/// The Lex console exporter writes every key of a file and uses `null` where there is no value;
/// compiled output should look the same so it diffs cleanly against real exports. Synthesized
/// `Encodable` conformances call `encodeIfPresent` for optional properties, and this encoder's
/// keyed container implements every `encodeIfPresent` overload to write `null` instead of
/// skipping the key. Model types therefore keep synthesized conformances and still print every
/// modelled key. The exception is a property whose type conforms to `LexOmittedWhenAbsent`: its
/// key is left out when the value is absent. Non-finite numbers are rejected, since JSON cannot
/// represent them.
struct JSONTreeEncoder: Encoder {
    /// One position of the tree under construction, shared by the containers writing into it.
    final class Node {
        enum Content {
            case empty
            case scalar(JSONValue)
            case object([String: Node])
            case array([Node])
        }

        var content: Content = .empty

        var value: JSONValue {
            switch content {
            case .empty: .object([:])
            case .scalar(let value): value
            case .object(let members): .object(members.mapValues(\.value))
            case .array(let elements): .array(elements.map(\.value))
            }
        }

        func set(_ key: String, _ child: Node) {
            if case .object(var members) = content {
                members[key] = child
                content = .object(members)
            } else {
                content = .object([key: child])
            }
        }

        func append(_ child: Node) {
            if case .array(var elements) = content {
                elements.append(child)
                content = .array(elements)
            } else {
                content = .array([child])
            }
        }
    }

    let node: Node
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes `value` into a fresh tree.
    static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Node()
        try JSONTreeEncoder(node: root, codingPath: []).encodeValue(value)
        return root.value
    }

    func encodeValue(_ value: some Encodable) throws {
        if let json = value as? JSONValue {
            node.content = .scalar(json)
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([:]) }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedTreeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeContainer(node: node, codingPath: codingPath)
    }

    /// Converts a Swift scalar into a `JSONValue`, rejecting values JSON cannot hold.
    static func scalar(_ value: Any, codingPath: [any CodingKey]) throws -> JSONValue {
        switch value {
        case let flag as Bool: return .bool(flag)
        case let text as String: return .string(text)
        case let number as Double:
            guard number.isFinite else {
                throw EncodingError.invalidValue(
                    number, .init(codingPath: codingPath, debugDescription: "non-finite number"))
            }
            return .number(number)
        case let number as Float: return try scalar(Double("\(number)") ?? .nan, codingPath: codingPath)
        case let number as any BinaryInteger:
            if let integer = Int(exactly: number) { return .integer(integer) }
            return .number(Double(number))
        default:
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath, debugDescription: "unsupported scalar"))
        }
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONTreeEncoder.Node
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> JSONTreeEncoder {
        let child = JSONTreeEncoder.Node()
        node.set(key.stringValue, child)
        return JSONTreeEncoder(node: child, codingPath: codingPath + [key])
    }

    private func put(_ value: Any, _ key: Key) throws {
        let encoder = child(key)
        encoder.node.content = .scalar(try JSONTreeEncoder.scalar(value, codingPath: encoder.codingPath))
    }

    private mutating func putOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else if !(T.self is any LexOmittedWhenAbsent.Type) {
            try encodeNil(forKey: key)
        }
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).node.content = .scalar(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encodeValue(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try putOptional(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try putOptional(value, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { child(Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let node: JSONTreeEncoder.Node
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let elements) = node.content { return elements.count }
        return 0
    }

    private func nextEncoder() -> JSONTreeEncoder {
        let child = JSONTreeEncoder.Node()
        let path = codingPath + [JSONKey(index: count)]
        node.append(child)
        return JSONTreeEncoder(node: child, codingPath: path)
    }

    mutating func encodeNil() throws { nextEncoder().node.content = .scalar(.null) }

    mutating func encode(_ value: Bool) throws { try encodeScalar(value) }
    mutating func encode(_ value: String) throws { try encodeScalar(value) }
    mutating func encode(_ value: Double) throws { try encodeScalar(value) }
    mutating func encode(_ value: Float) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int8) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int16) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int32) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int64) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt8) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt16) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt32) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt64) throws { try encodeScalar(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try nextEncoder().encodeValue(value) }

    private mutating func encodeScalar(_ value: Any) throws {
        let encoder = nextEncoder()
        encoder.node.content = .scalar(try JSONTreeEncoder.scalar(value, codingPath: encoder.codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        nextEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nextEncoder().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { nextEncoder() }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let node: JSONTreeEncoder.Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .scalar(.null) }

    mutating func encode(_ value: Bool) throws { try encodeScalar(value) }
    mutating func encode(_ value: String) throws { try encodeScalar(value) }
    mutating func encode(_ value: Double) throws { try encodeScalar(value) }
    mutating func encode(_ value: Float) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int8) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int16) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int32) throws { try encodeScalar(value) }
    mutating func encode(_ value: Int64) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt8) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt16) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt32) throws { try encodeScalar(value) }
    mutating func encode(_ value: UInt64) throws { try encodeScalar(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONTreeEncoder(node: node, codingPath: codingPath).encodeValue(value)
    }

    private mutating func encodeScalar(_ value: Any) throws {
        node.content = .scalar(try JSONTreeEncoder.scalar(value, codingPath: codingPath))
    }
}
