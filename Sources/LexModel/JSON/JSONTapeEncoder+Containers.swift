/// The keyed container of `JSONTapeEncoder`: each member is a node linked into the object.
struct KeyedTapeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONTapeEncoder.Writer
    let node: Int

    var codingPath: [any CodingKey] { writer.codingPath(to: node) }

    @inline(__always)
    private func member(_ key: Key) -> Int { writer.member(of: node, key) }

    private mutating func putOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        // Every modelled key is printed, absent values as null, except a type that the console
        // leaves out when absent (`LexOmittedWhenAbsent`).
        if let value {
            try encode(value, forKey: key)
        } else if !(T.self is any LexOmittedWhenAbsent.Type) {
            try encodeNil(forKey: key)
        }
    }

    mutating func encodeNil(forKey key: Key) throws { writer.tape.set(member(key), .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { writer.tape.set(member(key), value ? .true : .false) }
    mutating func encode(_ value: String, forKey key: Key) throws { writer.tape.set(member(key), string: value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { writer.tape.set(member(key), integer: value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.scalar(value, at: member(key)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: JSONTapeEncoder(writer: writer, node: member(key)))
    }

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
        JSONTapeEncoder(writer: writer, node: member(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONTapeEncoder(writer: writer, node: member(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        JSONTapeEncoder(writer: writer, node: writer.member(of: node, JSONKey("super")))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONTapeEncoder(writer: writer, node: member(key)) }
}

/// The unkeyed container of `JSONTapeEncoder`: each element is a node linked into the list.
struct UnkeyedTapeContainer: UnkeyedEncodingContainer {
    let writer: JSONTapeEncoder.Writer
    let node: Int

    var codingPath: [any CodingKey] { writer.codingPath(to: node) }
    var count: Int { writer.tape.childCount(node) }

    @inline(__always)
    private func element() -> Int { writer.element(of: node) }

    mutating func encodeNil() throws { writer.tape.set(element(), .null) }
    mutating func encode(_ value: Bool) throws { writer.tape.set(element(), value ? .true : .false) }
    mutating func encode(_ value: String) throws { writer.tape.set(element(), string: value) }
    mutating func encode(_ value: Double) throws { try writer.scalar(value, at: element()) }
    mutating func encode(_ value: Float) throws { try writer.scalar(value, at: element()) }
    mutating func encode(_ value: Int) throws { writer.tape.set(element(), integer: value) }
    mutating func encode(_ value: Int8) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: Int16) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: Int32) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: Int64) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: UInt) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: UInt8) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: UInt16) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: UInt32) throws { writer.scalar(value, at: element()) }
    mutating func encode(_ value: UInt64) throws { writer.scalar(value, at: element()) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: JSONTapeEncoder(writer: writer, node: element()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        JSONTapeEncoder(writer: writer, node: element()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONTapeEncoder(writer: writer, node: element()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { JSONTapeEncoder(writer: writer, node: element()) }
}

/// The single-value container of `JSONTapeEncoder`: the value becomes the encoder's own node.
struct SingleTapeContainer: SingleValueEncodingContainer {
    let writer: JSONTapeEncoder.Writer
    let node: Int

    var codingPath: [any CodingKey] { writer.codingPath(to: node) }

    mutating func encodeNil() throws { writer.tape.set(node, .null) }
    mutating func encode(_ value: Bool) throws { writer.tape.set(node, value ? .true : .false) }
    mutating func encode(_ value: String) throws { writer.tape.set(node, string: value) }
    mutating func encode(_ value: Double) throws { try writer.scalar(value, at: node) }
    mutating func encode(_ value: Float) throws { try writer.scalar(value, at: node) }
    mutating func encode(_ value: Int) throws { writer.tape.set(node, integer: value) }
    mutating func encode(_ value: Int8) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: Int16) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: Int32) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: Int64) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: UInt) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: UInt8) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: UInt16) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: UInt32) throws { writer.scalar(value, at: node) }
    mutating func encode(_ value: UInt64) throws { writer.scalar(value, at: node) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: JSONTapeEncoder(writer: writer, node: node))
    }
}
