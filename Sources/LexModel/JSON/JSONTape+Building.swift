extension JSONTape {
    /// A point a tape can be cut back to: its node count and the sizes of its text buffers.
    public struct Mark: Sendable {
        @usableFromInline let nodes: Int
        @usableFromInline let text: Int
        @usableFromInline let keys: Int

        @inlinable
        init(nodes: Int, text: Int, keys: Int) {
            self.nodes = nodes
            self.text = text
            self.keys = keys
        }
    }

    /// The current end of the tape; `truncate(to:)` removes everything appended after it.
    @inlinable
    public var mark: Mark { Mark(nodes: nodes.count, text: text.count, keys: keys.count) }

    /// Removes every node and text appended after `mark`. Only nodes not yet linked into a
    /// container that survives may be removed this way (a converter appends a value, and links it
    /// only once it knows the value is kept).
    @inlinable
    public mutating func truncate(to mark: Mark) {
        nodes.removeSubrange(mark.nodes...)
        text.removeSubrange(mark.text...)
        keys.removeSubrange(mark.keys...)
    }

    /// Appends an unlinked container (`.array` or `.object`) or a scalar without text (`.null`,
    /// `.false`, `.true`, `.empty`) and returns its index.
    @discardableResult
    @inlinable
    public mutating func append(_ kind: Kind) -> Index {
        precondition(nodes.count < Int(Self.none), "a JSON tape holds fewer than 2^32 - 1 nodes")
        nodes.append(Node(kind: kind))
        return nodes.count - 1
    }

    /// Appends an unlinked string.
    @discardableResult
    public mutating func append(string value: String) -> Index {
        let index = append(.empty)
        set(index, string: value)
        return index
    }

    /// Appends an unlinked whole number.
    @discardableResult
    public mutating func append(integer value: Int) -> Index {
        let index = append(.empty)
        set(index, integer: value)
        return index
    }

    /// Appends an unlinked fractional number in its shortest round-trip form. JSON cannot hold a
    /// non-finite number; callers reject those first (`null` is written if one slips through, as
    /// the value printer always did).
    @discardableResult
    public mutating func append(number value: Double) -> Index {
        let index = append(.empty)
        set(index, number: value)
        return index
    }

    /// Makes node `index` the string `value`.
    mutating func set(_ index: Index, string value: String) {
        let start = text.count
        var value = value
        value.withUTF8 { JSONEscaping.appendQuoted($0, to: &text) }
        setScalar(index, .string, start: start)
    }

    /// Makes node `index` the whole number `value`.
    mutating func set(_ index: Index, integer value: Int) {
        let start = text.count
        JSONEscaping.appendDecimal(value, to: &text)
        setScalar(index, .integer, start: start)
    }

    /// Makes node `index` the fractional number `value` (`null` when it is not finite).
    mutating func set(_ index: Index, number value: Double) {
        guard value.isFinite else { return set(index, .null) }
        let start = text.count
        text.append(contentsOf: value.description.utf8)
        setScalar(index, .number, start: start)
    }

    /// Makes node `index` a scalar without text (`null`, `true`, `false`) or `.empty`.
    mutating func set(_ index: Index, _ kind: Kind) {
        nodes[index].kind = kind
        nodes[index].start = Self.none
        nodes[index].last = Self.none
        nodes[index].length = 0
    }

    private mutating func setScalar(_ index: Index, _ kind: Kind, start: Int) {
        nodes[index].kind = kind
        nodes[index].start = UInt32(start)
        nodes[index].length = UInt32(text.count - start)
        nodes[index].last = Self.none
    }

    /// Gives node `index` the key it has as a member of an object.
    public mutating func setKey(_ index: Index, _ key: String) {
        var key = key
        key.withUTF8 { setKey(index, bytes: $0) }
    }

    /// Gives node `index` a key from raw UTF-8 bytes.
    @inlinable
    public mutating func setKey(_ index: Index, bytes: UnsafeBufferPointer<UInt8>) {
        nodes[index].keyStart = UInt32(keys.count)
        nodes[index].keyLength = UInt32(bytes.count)
        keys.append(contentsOf: bytes)
    }

    /// Gives node `index` the key of member `member` of `source`, changed in place by `transform`
    /// (which sees the copied bytes). Returns false, giving no key, when `transform` refuses.
    @inlinable
    public mutating func setKey(
        _ index: Index, copyingKeyOf member: Index, from source: JSONTape,
        transform: (UnsafeMutableBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        let sourceNode = source.nodes[member]
        let start = keys.count
        let length = Int(sourceNode.keyLength)
        source.keys.withUnsafeBufferPointer { sourceKeys in
            keys.append(
                contentsOf: UnsafeBufferPointer(
                    rebasing: sourceKeys[Int(sourceNode.keyStart)..<Int(sourceNode.keyStart) + length]))
        }
        let accepted = keys.withUnsafeMutableBufferPointer { buffer in
            transform(UnsafeMutableBufferPointer(rebasing: buffer[start..<start + length]))
        }
        guard accepted else {
            keys.removeSubrange(start...)
            return false
        }
        nodes[index].keyStart = UInt32(start)
        nodes[index].keyLength = UInt32(length)
        return true
    }

    /// Makes `child` the last child of the container `parent`.
    @inlinable
    public mutating func link(_ child: Index, to parent: Index) {
        let childLink = UInt32(child)
        nodes[child].parent = UInt32(parent)
        let last = nodes[parent].last
        if last == Self.none {
            nodes[parent].start = childLink
        } else {
            nodes[Int(last)].next = childLink
        }
        nodes[parent].last = childLink
        nodes[parent].length += 1
    }

    /// Turns the childless node `index` into a container of `kind` (a value whose encoder asked
    /// for a container after the node was made).
    mutating func becomeContainer(_ index: Index, _ kind: Kind) {
        if nodes[index].kind != kind {
            nodes[index].kind = kind
            nodes[index].start = Self.none
            nodes[index].last = Self.none
            nodes[index].length = 0
        }
    }

    /// Appends `value` as an unlinked subtree and returns its root.
    @discardableResult
    public mutating func append(value: JSONValue) -> Index {
        switch value {
        case .null: return append(.null)
        case .bool(let flag): return append(flag ? .true : .false)
        case .integer(let number): return append(integer: number)
        case .number(let number): return append(number: number)
        case .string(let text): return append(string: text)
        case .array(let elements):
            let array = append(.array)
            for element in elements { link(append(value: element), to: array) }
            return array
        case .object(let members):
            let object = append(.object)
            for (key, member) in members {
                let child = append(value: member)
                setKey(child, key)
                link(child, to: object)
            }
            return object
        }
    }

    /// Appends a copy of the subtree at `index` of `source` (keys of its members included, not its
    /// own key) as an unlinked subtree, and returns its root.
    @discardableResult
    public mutating func append(copyOf index: Index, from source: JSONTape) -> Index {
        let node = source.nodes[index]
        switch node.kind {
        case .array, .object:
            let copy = append(node.kind)
            for child in source.children(index) {
                let copied = append(copyOf: child, from: source)
                if node.kind == .object { source.withKeyBytes(child) { setKey(copied, bytes: $0) } }
                link(copied, to: copy)
            }
            return copy
        case .integer, .number, .string:
            let copy = append(.empty)
            let start = text.count
            source.text.withUnsafeBufferPointer { sourceText in
                text.append(
                    contentsOf: UnsafeBufferPointer(
                        rebasing: sourceText[Int(node.start)..<Int(node.start + node.length)]))
            }
            setScalar(copy, node.kind, start: start)
            return copy
        case .empty, .null, .false, .true:
            return append(node.kind)
        }
    }
}
