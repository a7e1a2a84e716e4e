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
        /// A template's scalar, read as the field that holds it needs it: CloudFormation turns text
        /// into numbers and booleans (`"0.4"`, `"true"`) and numbers into text (`Value: 30`).
        case text(String)
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
        case .text(let text): "'\(text)'"
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
        case .string(let text), .text(let text): return .string(text)
        case .array(let elements): return .array(elements.map(\.value))
        case .object(let members, _):
            return .object(Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { _, last in last }))
        }
    }
}

extension JSONNode {
    /// The text of a number, or of a template scalar that reads as one.
    var numberText: String? {
        switch kind {
        case .number(let text): text
        case .text(let text): Double(text) == nil ? nil : text
        default: nil
        }
    }

    /// A template value as nodes whose scalars are `.text`, at `position`.
    init(template value: JSONValue, at position: SourcePosition) {
        let kind: Kind
        switch value {
        case .null: kind = .null
        case .bool(let flag): kind = .text(flag ? "true" : "false")
        case .integer(let number): kind = .text(String(number))
        case .number(let number): kind = .text(String(number))
        case .string(let text): kind = .text(text)
        case .array(let elements): kind = .array(elements.map { JSONNode(template: $0, at: position) })
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            kind = .object(
                sorted.map {
                    Member(key: $0.key, keyPosition: position, value: JSONNode(template: $0.value, at: position))
                },
                Dictionary(
                    sorted.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first }))
        }
        self.init(kind: kind, position: position)
    }
}
