import LexConditions
import Testing

@Suite("Checking conditions against the intent's slots")
struct ConditionTypeCheckTests {
    static let slots: [String: ConditionSlotDescription] = [
        "age": ConditionSlotDescription(kind: ConditionValueKind(slotType: "AMAZON.Number")),
        "when": ConditionSlotDescription(kind: ConditionValueKind(slotType: "AMAZON.Date")),
        "at": ConditionSlotDescription(kind: ConditionValueKind(slotType: "AMAZON.Time")),
        "length": ConditionSlotDescription(kind: ConditionValueKind(slotType: "AMAZON.Duration")),
        "size": ConditionSlotDescription(kind: ConditionValueKind(slotType: "PizzaSize")),
        "toppings": ConditionSlotDescription(kind: .text, isMultiValued: true),
        "address": ConditionSlotDescription(kind: .text, subSlotKinds: ["City": .text, "Number": .number]),
    ]

    private func issues(_ text: String) throws -> [String] {
        try condition(text).typeIssues { Self.slots[$0] }.map(\.description)
    }

    @Test("slot types map to comparison kinds")
    func kinds() {
        #expect(ConditionValueKind(slotType: "AMAZON.Number") == .number)
        #expect(ConditionValueKind(slotType: "AMAZON.Percentage") == .number)
        #expect(ConditionValueKind(slotType: "AMAZON.Date") == .date)
        #expect(ConditionValueKind(slotType: "AMAZON.Time") == .time)
        #expect(ConditionValueKind(slotType: "AMAZON.Duration") == .duration)
        #expect(ConditionValueKind(slotType: "AMAZON.PhoneNumber") == .text)
        #expect(ConditionValueKind(slotType: "PizzaSize") == .text)
    }

    @Test("constants that fit their slot's type give no issue")
    func fitting() throws {
        #expect(
            try issues(
                "{age} > 30 AND {when} < \"1990-10-01\" AND {at} > \"20:00\" AND {length} < P2H AND {size} = large "
                    + "AND {toppings} CONTAINS \"x\" AND fn.COUNT({toppings}) > 2 AND {address.Number} = 12 "
                    + "AND fn.LENGTH({size}) = 5 AND [attr] = \"anything\" AND {unknown} = \"x\"") == [])
    }

    @Test("constants that do not fit, and functions a slot does not support, are errors at the constant or call")
    func mismatches() throws {
        #expect(
            try issues("{age} > \"thirty\"") == [
                "cols 9-16: error: {age} is compared with 'thirty', which is not a number [condition-type-mismatch]"
            ])
        #expect(
            try issues("{when} = tomorrow") == [
                "cols 10-17: error: {when} is compared with 'tomorrow', which is not a date (YYYY-MM-DD) [condition-type-mismatch]"
            ])
        #expect(
            try issues("{at} < \"8pm\"") == [
                "cols 8-12: error: {at} is compared with '8pm', which is not a time of day (HH:MM) [condition-type-mismatch]"
            ])
        #expect(
            try issues("{length} > 2") == [
                "col 12: error: {length} is compared with '2', which is not an ISO 8601 duration (PT2H) [condition-type-mismatch]"
            ])
        #expect(
            try issues("fn.COUNT({toppings}) = two") == [
                "cols 24-26: error: fn.COUNT(...) is compared with 'two', which is not a number [condition-type-mismatch]"
            ])
        #expect(
            try issues("fn.LENGTH({toppings}) = 3") == [
                "cols 1-21: error: fn.LENGTH does not support multi-valued slots such as 'toppings' [condition-type-mismatch]"
            ])
        #expect(
            try issues("{address.Zip} = \"1\" OR {size.Crust} = \"thin\"") == [
                "cols 2-12: error: composite slot 'address' has no sub-slot 'Zip' [condition-type-mismatch]",
                "cols 25-34: error: slot 'size' is not a composite slot, so {size.Crust} reads nothing [condition-type-mismatch]",
            ])
    }

    @Test("CONTAINS and fn.COUNT on a one-value slot are warnings")
    func scalarQuantifiers() throws {
        #expect(
            try issues("{size} CONTAINS \"large\" AND fn.COUNT({size}) = 1") == [
                "cols 1-6: warning: CONTAINS is for multi-valued slots, and slot 'size' takes one value; it tests equality with the one value [condition-scalar-quantifier]",
                "cols 38-43: warning: fn.COUNT is for multi-valued slots, and slot 'size' takes one value; it counts 1 when the slot is set [condition-scalar-quantifier]",
            ])
    }
}
