import LexModel

/// Building blocks of JSON Schema (draft 2020-12) values, in the vocabulary of the YAML formats.
///
/// The formats read scalars per field and never guess, but an editor's YAML language server types
/// scalars by YAML 1.2's core schema (`30` is a number, `true` a boolean). So "text" accepts
/// strings, numbers and booleans (the decoder reads them as their spelling); patterns and length
/// limits apply to strings. Lengths count Unicode code points (Lex counts UTF-16 code units, so the
/// schema never refuses what Lex accepts; the validator reports the rest).
enum Schema {
    /// Text: any scalar but null, read as its spelling.
    static func text(
        _ description: String, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil
    ) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": .array([.string("string"), .string("number"), .string("boolean")]),
            "description": .string(description),
        ]
        if let minLength { object["minLength"] = .integer(minLength) }
        if let maxLength { object["maxLength"] = .integer(maxLength) }
        if let pattern { object["pattern"] = .string(pattern) }
        return .object(object)
    }

    /// A string with a pattern (a value YAML 1.2 always reads as a string, such as a date and time).
    static func string(_ description: String, pattern: String) -> JSONValue {
        .object(["type": .string("string"), "description": .string(description), "pattern": .string(pattern)])
    }

    /// One of the given words.
    static func oneWord(_ description: String, _ words: [String]) -> JSONValue {
        .object(["description": .string(description), "enum": .array(words.map(JSONValue.string))])
    }

    /// A whole number in `range`.
    static func integer(_ description: String, _ range: ClosedRange<Int>) -> JSONValue {
        .object([
            "type": .string("integer"), "description": .string(description),
            "minimum": .integer(range.lowerBound), "maximum": .integer(range.upperBound),
        ])
    }

    /// A number in `range`.
    static func number(_ description: String, _ range: ClosedRange<Double>) -> JSONValue {
        .object([
            "type": .string("number"), "description": .string(description),
            "minimum": .number(range.lowerBound), "maximum": .number(range.upperBound),
        ])
    }

    /// `true` or `false`.
    static func boolean(_ description: String) -> JSONValue {
        .object(["type": .string("boolean"), "description": .string(description)])
    }

    /// A reference to a definition, with the description of the place it is used.
    static func ref(_ name: String, _ description: String? = nil) -> JSONValue {
        var object: [String: JSONValue] = ["$ref": .string("#/$defs/\(name)")]
        if let description { object["description"] = .string(description) }
        return .object(object)
    }

    /// The value or null (an empty value, `~` or `null`, which the bot format reads as "not given").
    static func orNull(_ value: JSONValue, _ description: String) -> JSONValue {
        .object(["description": .string(description), "anyOf": .array([.object(["type": .string("null")]), value])])
    }

    /// Exactly one of the alternatives.
    static func oneOf(_ description: String, _ alternatives: [JSONValue]) -> JSONValue {
        .object(["description": .string(description), "oneOf": .array(alternatives)])
    }

    /// A list of `items`.
    static func list(_ description: String, _ items: JSONValue, minItems: Int? = nil, maxItems: Int? = nil)
        -> JSONValue
    {
        var object: [String: JSONValue] = [
            "type": .string("array"), "description": .string(description), "items": items,
        ]
        if let minItems { object["minItems"] = .integer(minItems) }
        if let maxItems { object["maxItems"] = .integer(maxItems) }
        return .object(object)
    }

    /// A mapping from names (matching `names`, when given) to `values`.
    static func map(
        _ description: String, _ values: JSONValue, names: JSONValue? = nil, minProperties: Int? = nil,
        maxProperties: Int? = nil
    ) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": .string("object"), "description": .string(description), "additionalProperties": values,
        ]
        if let names { object["propertyNames"] = names }
        if let minProperties { object["minProperties"] = .integer(minProperties) }
        if let maxProperties { object["maxProperties"] = .integer(maxProperties) }
        return .object(object)
    }

    /// The null type.
    static let null: JSONValue = .object(["type": .string("null")])
}
