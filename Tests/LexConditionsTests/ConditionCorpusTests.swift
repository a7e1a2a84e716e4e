import LexConditions
import Testing

/// Expressions copied from the developer guide's examples and sample table (via
/// `reference/lex-v2-flows.md` §4.2) and from the real exports in LexModelTests' fixtures
/// (reminderbot's `Intent.json` and `Slot.json` files): every one must parse, with the references
/// it names.
@Suite("Conditions from the developer guide and real exports")
struct ConditionCorpusTests {
    static let corpus: [(text: String, references: [String])] = [
        // Developer guide, paths-branching: examples in the prose.
        ("{age} < 24", ["{age}"]),
        ("{toppings} CONTAINS \"pineapple\"", ["{toppings}"]),
        ("({make} = \"Honda\") AND ({model} = \"Civic\")", ["{make}", "{model}"]),
        ("({number} >= 5) AND ({number} <= 10)", ["{number}", "{number}"]),
        ("fn.COUNT({toppings}) = 2", ["{toppings}"]),
        ("fn.IS_SET({toppings})", ["{toppings}"]),
        ("fn.LENGTH({credit-card-number}) = 12", ["{credit-card-number}"]),
        // Developer guide, the sample table.
        ("{pizzaSize} = \"large\"", ["{pizzaSize}"]),
        ("{toppings} CONTAINS \"Onion\"", ["{toppings}"]),
        ("fn.COUNT({topping}) > 2", ["{topping}"]),
        ("{bookingID} = \"ABC123\"", ["{bookingID}"]),
        ("{age} > 30", ["{age}"]),
        ("{age} = 10", ["{age}"]),
        ("{dateOfBirth} < \"1990-10-01\"", ["{dateOfBirth}"]),
        ("{destinationState} = \"washington\"", ["{destinationState}"]),
        ("{destinationCountry} != \"united states\"", ["{destinationCountry}"]),
        ("{firstName} = \"John\"", ["{firstName}"]),
        ("{lastName} = \"Doe\"", ["{lastName}"]),
        ("{city} = \"Seattle\"", ["{city}"]),
        ("{emailAddress} = \"userA@hmail.com\"", ["{emailAddress}"]),
        ("{phoneNumer} = 716767891932", ["{phoneNumer}"]),
        ("{percentage} >= 78", ["{percentage}"]),
        ("{streetName} = \"boren avenue\"", ["{streetName}"]),
        ("{time} > \"20:00\"", ["{time}"]),
        ("{travelDuration} < P2H", ["{travelDuration}"]),
        ("$.inputMode = \"Speech\"", ["$.inputMode"]),
        ("$.inputTranscript = \"I want a large pizza\"", ["$.inputTranscript"]),
        ("[customer_subcription_type] = \"yearly\"", ["[customer_subcription_type]"]),
        ("((retry_enabled)) = \"TRUE\"", ["((retry_enabled))"]),
        (
            "fn.IS_SET(((x-amz-lex:kendra-search-response-question_answer-question-1)))",
            ["((x-amz-lex:kendra-search-response-question_answer-question-1))"]
        ),
        (
            "$.transcriptions[0].transcriptionConfidence < 0.8 AND $.transcriptions[1].transcriptionConfidence > 0.5",
            ["$.transcriptions[0].transcriptionConfidence", "$.transcriptions[1].transcriptionConfidence"]
        ),
        // Real exports: reminderbot (aws-samples/amazon-lex-v2-lambda-integration-examples).
        (
            "(!fn.IS_SET([fallback-count]) OR [fallback-count] = \"\" OR [fallback-count] = \"0\") AND "
                + "(!fn.IS_SET([slot-failure]) OR [slot-failure] != \"true\")",
            ["[fallback-count]", "[fallback-count]", "[fallback-count]", "[slot-failure]", "[slot-failure]"]
        ),
        (
            "[fallback-count] = \"1\" AND (!fn.IS_SET([slot-failure]) OR [slot-failure] != \"true\")",
            ["[fallback-count]", "[slot-failure]", "[slot-failure]"]
        ),
        (
            "[fallback-count] = \"2\" AND (!fn.IS_SET([slot-failure]) OR [slot-failure] != \"true\")",
            ["[fallback-count]", "[slot-failure]", "[slot-failure]"]
        ),
        ("[slot-failure] = \"true\" ", ["[slot-failure]"]),
        ("fn.IS_SET({DaysBefore})", ["{DaysBefore}"]),
        ("{DaysBefore} > 7", ["{DaysBefore}"]),
        ("{DaysBefore} < 1", ["{DaysBefore}"]),
    ]

    @Test("every expression parses, without warnings, and lists its references in order")
    func corpusParses() {
        for (text, references) in Self.corpus {
            do {
                let parsed = try Condition(parsing: text)
                #expect(parsed.references.map(\.text) == references, "\(text)")
                #expect(parsed.warnings.isEmpty, "\(text): \(parsed.warnings)")
                #expect(parsed.text == text)
            } catch {
                Issue.record("\(text): \(error)")
            }
        }
    }

    @Test("references by kind, with the ranges of their names for 'unknown slot' messages")
    func referencesByKind() throws {
        let parsed = try condition(
            "fn.IS_SET({DaysBefore}) AND [fallback-count] = \"1\" OR ((x-amz-lex:channel)) = \"web\" "
                + "AND {address.City} = \"x\" AND $.inputMode = \"Text\"")
        #expect(parsed.slotReferences.map(\.text) == ["{DaysBefore}", "{address.City}"])
        #expect(parsed.slotReferences.map(\.slotName) == ["DaysBefore", "address"])
        #expect(parsed.slotReferences.map(\.nameRange.column) == [12, 90])
        #expect(parsed.sessionAttributeReferences.map(\.text) == ["[fallback-count]"])
        #expect(parsed.sessionAttributeReferences.map(\.nameRange) == [ConditionRange(29, 43)])
        #expect(parsed.requestAttributeReferences.map(\.target) == [.requestAttribute("x-amz-lex:channel")])
        #expect(parsed.references.count == 5)
        guard case .path(let path) = parsed.references.last?.target else {
            Issue.record("the last reference is not a path")
            return
        }
        #expect(path.components == [.member("inputMode")])
    }
}
