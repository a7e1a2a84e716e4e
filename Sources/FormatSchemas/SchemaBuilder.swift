import LexModel

/// Builds one format's schema: its definitions, each mapping from the decoder's key table, and the
/// problems found on the way (a key the decoder accepts that the schema does not describe, or the
/// other way round), which `FormatSchema.problems` reports and a test requires to be empty.
struct SchemaBuilder {
    /// The decoder's key tables, by mapping name.
    let tables: [String: [String]]
    private(set) var definitions: [String: JSONValue] = [:]
    private(set) var problems: [String] = []
    private var used: Set<String> = []

    init(tables: [String: [String]]) {
        self.tables = tables
    }

    /// Adds a definition.
    mutating func define(_ name: String, _ schema: JSONValue) {
        definitions[name] = schema
    }

    /// Defines the mapping `table` (and returns a reference to it): its properties must be exactly
    /// the keys of the decoder's table; other keys are refused (`additionalProperties: false`).
    /// - Parameters:
    ///   - definition: the definition's name, when it is not the table's.
    ///   - extra: further keywords (`oneOf`, `dependentRequired`).
    @discardableResult
    mutating func mapping(
        _ table: String, _ description: String, definition: String? = nil, required: [String] = [],
        properties: [String: JSONValue], extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        used.insert(table)
        guard let keys = tables[table] else {
            problems.append("the schema describes mapping '\(table)', which the decoder has no key table for")
            return Schema.ref(table)
        }
        for key in keys where properties[key] == nil {
            problems.append("key '\(key)' of mapping '\(table)' is accepted by the decoder but not in the schema")
        }
        for key in properties.keys.sorted() where !keys.contains(key) {
            problems.append("key '\(key)' of mapping '\(table)' is in the schema but the decoder does not accept it")
        }
        var object: [String: JSONValue] = [
            "type": .string("object"),
            "description": .string(description),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ]
        if !required.isEmpty { object["required"] = .array(required.map(JSONValue.string)) }
        for (key, value) in extra { object[key] = value }
        definitions[definition ?? table] = .object(object)
        return Schema.ref(definition ?? table)
    }

    /// The schema document, after checking that every key table was described.
    mutating func document(title: String, description: String, root: JSONValue) -> FormatSchema {
        for table in tables.keys.sorted() where !used.contains(table) {
            problems.append("mapping '\(table)' of the decoder has no schema")
        }
        var object: [String: JSONValue] = [
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "title": .string(title),
            "description": .string(description),
            "$defs": .object(definitions),
        ]
        for (key, value) in root.objectValue ?? [:] { object[key] = value }
        return FormatSchema(document: .object(object), problems: problems)
    }
}

/// A format's JSON Schema and what its build found amiss.
public struct FormatSchema: Sendable {
    /// The schema.
    public var document: JSONValue
    /// Keys the decoder accepts that the schema lacks, or the other way round; empty when the two agree.
    public var problems: [String]

    /// The schema as pretty-printed JSON with sorted keys and a final line break.
    public var text: String { document.prettyPrinted() }
}
