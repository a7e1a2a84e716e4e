extension JSONTape {
    /// The subtree at `index` as a `JSONValue` (for callers that inspect values rather than print
    /// them). A key given twice keeps its last member, as the printer does.
    public func value(_ index: Index) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .empty: return .object([:])
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .integer:
            let digits = String(decoding: scalarText(index), as: UTF8.self)
            return Int(digits).map(JSONValue.integer) ?? .number(Double(digits) ?? 0)
        case .number:
            return .number(Double(String(decoding: scalarText(index), as: UTF8.self)) ?? 0)
        case .string:
            // The stored text is a JSON string literal; the parser unescapes it.
            let literal = (try? JSONParser.parse(Array(scalarText(index))))?.value
            return literal ?? .string("")
        case .array:
            return .array(children(index).map(value))
        case .object:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(childCount(index))
            for child in children(index) { members[key(child)] = value(child) }
            return .object(members)
        }
    }
}

extension JSONValue {
    /// The value on a tape of its own, with its root's index.
    func tape() -> (tape: JSONTape, root: JSONTape.Index) {
        var tape = JSONTape()
        let root = tape.append(value: self)
        return (tape, root)
    }
}
