import Foundation

extension JSONTape {
    /// The document rooted at `root` as pretty-printed JSON: two-space indentation,
    /// `"key": value`, object keys sorted by Unicode code point (their UTF-8 bytes), slashes and
    /// non-ASCII characters written as they are, and one trailing newline.
    ///
    /// When an object has a key twice (only a hand-written `Encodable` can do that), the member
    /// added last is printed, as a dictionary would keep it.
    public func prettyPrintedData(_ root: Index) -> Data {
        var output = JSONOutput(capacity: 4_096)
        prettyPrint(root, into: &output)
        return output.data()
    }

    /// `prettyPrintedData(_:)` as an array of bytes.
    public func prettyPrintedBytes(_ root: Index) -> [UInt8] {
        var output = JSONOutput(capacity: 4_096)
        prettyPrint(root, into: &output)
        return output.array()
    }

    func prettyPrint(_ root: Index, into output: inout JSONOutput) {
        nodes.withUnsafeBufferPointer { nodes in
            text.withUnsafeBufferPointer { text in
                keys.withUnsafeBufferPointer { keys in
                    var printer = JSONTapePrinter(nodes: nodes, text: text, keys: keys)
                    printer.write(root, indent: 0, to: &output)
                }
            }
        }
        output.append(UInt8(ascii: "\n"))
    }

    /// Calls `body` with the members of object `index` in printing order: sorted by key, a key
    /// given twice only once (its last member). Used by converters that must visit members in the
    /// order they are printed.
    public func withSortedMembers<Result>(_ index: Index, _ body: ([Index]) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { nodes in
            keys.withUnsafeBufferPointer { keys in
                var printer = JSONTapePrinter(nodes: nodes, text: UnsafeBufferPointer(start: nil, count: 0), keys: keys)
                let base = printer.sortMembers(of: index)
                let members = printer.order[base...].filter { $0 != JSONTape.none }.map { Int($0) }
                return body(members)
            }
        }
    }
}

/// Prints tape nodes; holds the tape's buffers so the inner loop works on raw memory, and one
/// stack of member indexes that every object sorts its members in.
struct JSONTapePrinter {
    let nodes: UnsafeBufferPointer<JSONTape.Node>
    let text: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<UInt8>
    /// Member indexes of the objects being printed, innermost last.
    var order: [UInt32] = []

    init(nodes: UnsafeBufferPointer<JSONTape.Node>, text: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<UInt8>)
    {
        self.nodes = nodes
        self.text = text
        self.keys = keys
        order.reserveCapacity(64)
    }

    mutating func write(_ index: Int, indent: Int, to output: inout JSONOutput) {
        let node = nodes[index]
        switch node.kind {
        case .integer, .number, .string:
            output.append(UnsafeBufferPointer(rebasing: text[Int(node.start)..<Int(node.start + node.length)]))
        case .null: output.append("null")
        case .true: output.append("true")
        case .false: output.append("false")
        case .empty: output.append("{}")
        case .array:
            guard node.length > 0 else { return output.append("[]") }
            output.append("[\n")
            var child = node.start
            while child != JSONTape.none {
                output.append(repeating: 0x20, count: 2 * indent + 2)
                write(Int(child), indent: indent + 1, to: &output)
                child = nodes[Int(child)].next
                if child != JSONTape.none { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            output.append(repeating: 0x20, count: 2 * indent)
            output.append(UInt8(ascii: "]"))
        case .object:
            guard node.length > 0 else { return output.append("{}") }
            output.append("{\n")
            let base = sortMembers(of: index)
            var last = order.count - 1
            while order[last] == JSONTape.none { last -= 1 }
            for position in base...last where order[position] != JSONTape.none {
                let member = Int(order[position])
                output.append(repeating: 0x20, count: 2 * indent + 2)
                writeKey(member, to: &output)
                write(member, indent: indent + 1, to: &output)
                if position < last { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            order.removeSubrange(base...)
            output.append(repeating: 0x20, count: 2 * indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Pushes the members of object `index` on `order`, sorted by key with an insertion sort
    /// (objects have a handful of members), and returns where they start. Of members with equal
    /// keys all but the last added are replaced by `JSONTape.none`.
    mutating func sortMembers(of index: Int) -> Int {
        let base = order.count
        var child = nodes[index].start
        while child != JSONTape.none {
            var position = order.count
            order.append(child)
            while position > base {
                let previous = order[position - 1]
                // A replaced duplicate is skipped over, so the members around it stay sorted.
                let comparison = previous == JSONTape.none ? 1 : compareKeys(Int(previous), Int(child))
                if comparison < 0 { break }
                if comparison == 0 {
                    order[position - 1] = JSONTape.none
                    break
                }
                order[position] = previous
                order[position - 1] = child
                position -= 1
            }
            child = nodes[Int(child)].next
        }
        return base
    }

    /// Compares the keys of two members as byte strings.
    @inline(__always)
    func compareKeys(_ left: Int, _ right: Int) -> Int {
        let leftNode = nodes[left]
        let rightNode = nodes[right]
        let leftLength = Int(leftNode.keyLength)
        let rightLength = Int(rightNode.keyLength)
        let shorter = min(leftLength, rightLength)
        if shorter > 0, let base = keys.baseAddress {
            let result = memcmp(base + Int(leftNode.keyStart), base + Int(rightNode.keyStart), shorter)
            if result != 0 { return Int(result) }
        }
        return leftLength - rightLength
    }

    private func writeKey(_ member: Int, to output: inout JSONOutput) {
        let node = nodes[member]
        let key = UnsafeBufferPointer(rebasing: keys[Int(node.keyStart)..<Int(node.keyStart + node.keyLength)])
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<key.count where JSONEscaping.needsEscape(key[index]) {
            output.append(UnsafeBufferPointer(rebasing: key[runStart..<index]))
            var escape: [UInt8] = []
            JSONEscaping.appendEscape(key[index], to: &escape)
            escape.withUnsafeBufferPointer { output.append($0) }
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: key[runStart...]))
        output.append("\": ")
    }
}
