import MeetyDiagnostics

/// A parsed JSON value with the position of its first character, so decoding errors can point at
/// the line and column of the offending value instead of only naming a key path.
struct JSONNode: Sendable {
    /// An object member with the position of its key.
    struct Member: Sendable {
        let key: String
        let keyPosition: SourcePosition
        let value: JSONNode
    }

    enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number's literal text, converted when its target type is known.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order, and each key's index into them.
        case object([Member], [String: Int])
    }

    let kind: Kind
    let position: SourcePosition

    /// What the value is, in the words error messages use.
    var kindDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The node as a plain `JSONValue` (positions dropped).
    var value: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let text):
            if let integer = Int(text) { return .integer(integer) }
            return .number(Double(text) ?? 0)
        case .string(let text): return .string(text)
        case .array(let elements): return .array(elements.map(\.value))
        case .object(let members, _):
            return .object(Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { _, last in last }))
        }
    }
}
