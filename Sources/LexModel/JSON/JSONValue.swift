/// A JSON document as a value: what the Lex files are made of before they are typed.
///
/// The export writer builds one of these from the typed model (so every modelled key is present,
/// absent values as `null`) and prints it with sorted keys; the CloudFormation template is built
/// directly as a `JSONValue` because its shape is assembled from several files. Integers and
/// fractional numbers are kept apart so `300` never prints as `300.0`.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, printed without a fraction.
    case integer(Int)
    /// A fractional (or very large) number, printed in its shortest round-trip form.
    case number(Double)
    /// A string.
    case string(String)
    /// A list.
    case array([JSONValue])
    /// An object; keys are printed sorted, so insertion order does not matter.
    case object([String: JSONValue])

    /// The members of an object, or `nil` for any other value.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of a list, or `nil` for any other value.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text of a string, or `nil` for any other value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }

    /// The member `key` of an object; `nil` when this is not an object or has no such member.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// A short name of the value's kind, used in error messages ("a string", "a list").
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The same value with every `null` object member removed, recursively.
    ///
    /// CloudFormation and the Lex API treat a missing key and `null` alike but their schemas do not
    /// allow `null`, so values headed there are cleaned first.
    public func removingNulls() -> JSONValue {
        switch self {
        case .array(let elements):
            return .array(elements.map { $0.removingNulls() })
        case .object(let members):
            var cleaned: [String: JSONValue] = [:]
            for (key, value) in members where value != .null {
                cleaned[key] = value.removingNulls()
            }
            return .object(cleaned)
        default:
            return self
        }
    }
}

extension JSONValue: Encodable {
    /// Encodes the value as itself, so a `JSONValue` can sit inside an `Encodable` model.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .integer(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in members { try container.encode(value, forKey: JSONKey(key)) }
        }
    }
}
