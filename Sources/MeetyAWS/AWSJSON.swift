import Foundation

/// A JSON document as the AWS JSON protocols send and receive it.
///
/// DynamoDB's requests and answers are deeply nested, loosely typed JSON (`{"Key":{"meetingId":{"S":"..."}}}`);
/// one small enum lets callers build request bodies as literals and read answers by key, without a
/// Codable type for every shape of every operation.
public enum AWSJSON: Sendable, Hashable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; integral values are written without a fraction (`"Limit": 25`).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([AWSJSON])
    /// An object.
    case object([String: AWSJSON])

    /// Reads any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([AWSJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: AWSJSON].self))
        }
    }

    /// Writes the value; integral numbers as integers, because AWS rejects `"Limit": 25.0`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 9.0e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The member `key` of an object; `nil` for a missing key or a value that is not an object.
    public subscript(key: String) -> AWSJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [AWSJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    public var objectValue: [String: AWSJSON]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The document as compact JSON with sorted keys, so equal documents give equal bytes (and
    /// equal signatures).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding an AWSJSON cannot fail: every case maps to a JSON value.
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }

    /// Parses a document; `nil` when the bytes are not JSON.
    public static func decode(_ data: Data) -> AWSJSON? {
        try? JSONDecoder().decode(AWSJSON.self, from: data)
    }
}

extension AWSJSON: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// An array literal.
    public init(arrayLiteral elements: AWSJSON...) { self = .array(elements) }
    /// An object literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, AWSJSON)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    /// `nil` is JSON `null`.
    public init(nilLiteral: ()) { self = .null }
}
