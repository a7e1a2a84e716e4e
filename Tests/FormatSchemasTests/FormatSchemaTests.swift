import BotModel
import Conversations
import LexModel
import Testing

@testable import FormatSchemas

/// The schemas are built from the decoders' key tables: a key the decoder accepts cannot be missing
/// from the schema, and the schema names no key the decoder refuses.
@Suite struct FormatSchemaTests {
    @Test(arguments: FormatSchemas.Format.allCases)
    func theSchemaDescribesExactlyTheDecodersKeys(_ format: FormatSchemas.Format) {
        #expect(FormatSchemas.schema(format).problems == [])
    }

    @Test func everyKeyTableIsAnObjectWithExactlyItsKeysAndNoOthers() throws {
        let cases: [(FormatSchema, [String: [String]])] = [
            (FormatSchemas.schema(.bot), BotFormatKeys.tables),
            (FormatSchemas.schema(.conversation), ConversationFormatKeys.tables),
        ]
        for (schema, tables) in cases {
            let definitions = try #require(schema.document["$defs"]?.objectValue)
            for (table, keys) in tables {
                let name = table == "nextStep" ? "nextStepSettings" : table
                let object = try #require(definitions[name], "\(table)")
                #expect(Set(object["properties"]?.objectValue?.keys.map { $0 } ?? []) == Set(keys), "\(table)")
                #expect(object["additionalProperties"] == .bool(false), "\(table) refuses unknown keys")
            }
        }
    }

    @Test func aKeyTheDecoderLearnsIsAProblemUntilTheSchemaDescribesIt() {
        var builder = SchemaBuilder(tables: ["turn": ["user", "bot", "hooks"], "unused": ["x"]])
        builder.mapping(
            "turn", "A turn.",
            properties: ["user": Schema.text("Text."), "bot": Schema.text("Text."), "as": Schema.text("Text.")])
        let schema = builder.document(title: "t", description: "d", root: Schema.ref("turn"))
        #expect(
            schema.problems == [
                "key 'hooks' of mapping 'turn' is accepted by the decoder but not in the schema",
                "key 'as' of mapping 'turn' is in the schema but the decoder does not accept it",
                "mapping 'unused' of the decoder has no schema",
            ])
    }

    @Test(arguments: FormatSchemas.Format.allCases)
    func everyPropertyHasADescriptionForEditorsToShow(_ format: FormatSchemas.Format) throws {
        let definitions = try #require(FormatSchemas.schema(format).document["$defs"]?.objectValue)
        for (name, definition) in definitions {
            #expect(definition["description"]?.stringValue?.isEmpty == false, "\(name)")
            for (key, property) in definition["properties"]?.objectValue ?? [:] {
                #expect(property["description"]?.stringValue?.isEmpty == false, "\(name).\(key)")
            }
        }
    }

    @Test func referencesPointAtDefinitions() throws {
        for format in FormatSchemas.Format.allCases {
            let document = FormatSchemas.schema(format).document
            let definitions = try #require(document["$defs"]?.objectValue)
            var references: [String] = []
            func collect(_ value: JSONValue) {
                switch value {
                case .object(let members):
                    if let target = members["$ref"]?.stringValue { references.append(target) }
                    members.values.forEach(collect)
                case .array(let items): items.forEach(collect)
                default: break
                }
            }
            collect(document)
            for reference in references {
                let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
                #expect(definitions[name] != nil, "\(format): \(reference)")
            }
        }
    }
}
