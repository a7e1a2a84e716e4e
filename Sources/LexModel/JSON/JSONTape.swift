import Foundation

/// JSON documents stored flat: every value is a fixed-size node in one array, every text in one
/// byte buffer.
///
/// This is what the compiler encodes each Lex entity into once (`JSONTapeEncoder`, driven by
/// `Encodable`), and what it prints twice: as the export file (`JSONTape+Printing`, keys sorted)
/// and, after the CloudFormation conversion, inside the template. A tree of `JSONValue`s costs a
/// dictionary and a boxed enum per object; a tape costs one 32-byte node per value and the bytes
/// of its text, and printing it is mostly copying bytes.
///
/// Object members keep the order they were added in and the printer sorts them, so an encoder
/// never has to know the final order. String values are stored already escaped and quoted, so
/// printing copies them; keys are stored raw (unescaped UTF-8), because they are compared when
/// members are sorted.
public struct JSONTape: Sendable {
    /// What a node holds.
    public enum Kind: UInt8, Sendable {
        /// A value whose encoder wrote nothing; printed as `{}`, as the tree encoder did.
        case empty
        /// `null`.
        case null
        /// `false`.
        case `false`
        /// `true`.
        case `true`
        /// A whole number; its text is its decimal form.
        case integer
        /// A fractional number; its text is its shortest round-trip form.
        case number
        /// A string; its text is the JSON literal, quotes and escapes included.
        case string
        /// A list; its children are the elements.
        case array
        /// An object; its children are the members, each with its key.
        case object
    }

    /// The position of a node in a tape.
    public typealias Index = Int

    /// One value. For scalars `start`/`length` locate the text; for containers `start` is the first
    /// child, `last` the last one and `length` the number of children.
    @usableFromInline
    struct Node: Sendable {
        @usableFromInline var kind: Kind
        @usableFromInline var keyStart: UInt32 = 0
        @usableFromInline var keyLength: UInt32 = 0
        @usableFromInline var start: UInt32 = JSONTape.none
        @usableFromInline var length: UInt32 = 0
        @usableFromInline var last: UInt32 = JSONTape.none
        @usableFromInline var next: UInt32 = JSONTape.none
        @usableFromInline var parent: UInt32 = JSONTape.none

        @inlinable
        init(kind: Kind) {
            self.kind = kind
        }
    }

    /// The link value that means "no node".
    @usableFromInline static let none = UInt32.max

    @usableFromInline var nodes: [Node] = []
    /// The texts of scalars, each a complete JSON literal.
    @usableFromInline var text: [UInt8] = []
    /// The keys of object members, raw UTF-8.
    @usableFromInline var keys: [UInt8] = []

    /// Creates an empty tape.
    public init() {}

    /// The number of nodes, which is also the index the next appended node gets.
    @inlinable
    public var count: Int { nodes.count }

    /// What node `index` holds.
    @inlinable
    public func kind(_ index: Index) -> Kind { nodes[index].kind }

    /// The number of children of a container (0 for a scalar).
    @inlinable
    public func childCount(_ index: Index) -> Int {
        let node = nodes[index]
        return node.kind == .array || node.kind == .object ? Int(node.length) : 0
    }

    /// The first child of a container, or `nil` for a scalar or an empty container.
    @inlinable
    public func firstChild(_ index: Index) -> Index? {
        let node = nodes[index]
        guard node.kind == .array || node.kind == .object, node.start != Self.none else { return nil }
        return Int(node.start)
    }

    /// The child after `index` in its container, or `nil` after the last.
    @inlinable
    public func nextSibling(_ index: Index) -> Index? {
        let next = nodes[index].next
        return next == Self.none ? nil : Int(next)
    }

    /// The children of a container in the order they were added (empty for a scalar).
    public func children(_ index: Index) -> Children {
        Children(nodes: nodes, first: firstChild(index).map(UInt32.init) ?? Self.none)
    }

    /// The member of object `index` whose key is `name` (the last one added, if several), or `nil`.
    public func member(_ index: Index, _ name: String) -> Index? {
        guard nodes[index].kind == .object else { return nil }
        var found: Index?
        for child in children(index) where key(child) == name { found = child }
        return found
    }

    /// The key of a member of an object, as a string.
    public func key(_ index: Index) -> String {
        let node = nodes[index]
        return String(decoding: keys[Int(node.keyStart)..<Int(node.keyStart + node.keyLength)], as: UTF8.self)
    }

    /// Whether member `index` has the key `key` (compared byte for byte, without making a string).
    @inlinable
    public func hasKey(_ index: Index, _ key: StaticString) -> Bool {
        let node = nodes[index]
        guard Int(node.keyLength) == key.utf8CodeUnitCount else { return false }
        return keys.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + Int(node.keyStart), key.utf8Start, key.utf8CodeUnitCount) == 0
        }
    }

    /// Whether the key of member `index` ends with `suffix`.
    @inlinable
    public func keyHasSuffix(_ index: Index, _ suffix: StaticString) -> Bool {
        let node = nodes[index]
        let count = suffix.utf8CodeUnitCount
        guard Int(node.keyLength) >= count else { return false }
        return keys.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress! + Int(node.keyStart) + Int(node.keyLength) - count
            return memcmp(start, suffix.utf8Start, count) == 0
        }
    }

    /// Calls `body` with the raw UTF-8 bytes of member `index`'s key.
    @inlinable
    public func withKeyBytes<Result>(_ index: Index, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = nodes[index]
        return keys.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[Int(node.keyStart)..<Int(node.keyStart + node.keyLength)]))
        }
    }

    /// The printed text of a scalar (`"a\"b"` with its quotes, `12`, `0.5`); empty for containers,
    /// `null` and booleans, whose text follows from their kind.
    func scalarText(_ index: Index) -> ArraySlice<UInt8> {
        let node = nodes[index]
        switch node.kind {
        case .integer, .number, .string: return text[Int(node.start)..<Int(node.start + node.length)]
        default: return []
        }
    }

    /// The children of a container, following the sibling links.
    public struct Children: Sequence, Sendable {
        let nodes: [Node]
        let first: UInt32

        /// Iterates the children.
        public func makeIterator() -> Iterator { Iterator(nodes: nodes, upcoming: first) }

        /// The iterator over the children.
        public struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var upcoming: UInt32

            /// The next child, or `nil` after the last.
            public mutating func next() -> Int? {
                guard upcoming != JSONTape.none else { return nil }
                let current = Int(upcoming)
                upcoming = nodes[current].next
                return current
            }
        }
    }
}

/// One JSON document inside a tape: the tape and the index of its root node.
///
/// The compiler encodes every entity of an export into one shared tape; each entity's file is the
/// document rooted at that entity's node.
public struct JSONDocument: Sendable {
    /// The tape holding the document.
    public var tape: JSONTape
    /// The root node.
    public var root: JSONTape.Index

    /// Creates a handle on the document rooted at `root`.
    public init(tape: JSONTape, root: JSONTape.Index) {
        self.tape = tape
        self.root = root
    }

    /// The document as pretty-printed JSON with sorted keys and a trailing newline (see
    /// `JSONTape.prettyPrintedData(_:)`).
    public func prettyPrintedData() -> Data {
        tape.prettyPrintedData(root)
    }
}
