import LexRuntime
import Testing

@Suite("Custom slot types")
struct CustomSlotTypeTests {
    /// DESIGN §3's MeetingDuration, restricted to its values.
    static let resolver = try! SlotResolver(customSlotTypes: [
        CustomSlotType(
            name: "MeetingDuration",
            values: [
                .init("30", synonyms: ["thirty", "half an hour", "30 minutes", "30 min"]),
                .init("60", synonyms: ["sixty", "an hour", "one hour", "1 hour", "60 minutes"]),
            ],
            resolutionStrategy: .topResolution),
        CustomSlotType(
            name: "Color", values: [.init("red", synonyms: ["crimson", "scarlet"]), .init("blue", synonyms: ["navy"])]),
        CustomSlotType(name: "OrderId", resolutionStrategy: .originalValue, regexPattern: "[A-Z]{3}[0-9]{4}"),
        CustomSlotType(name: "Spaced", regexPattern: "[A-DP-T]{3}\\u0020[1-5]{1,3}"),
        CustomSlotType(name: "Choice", regexPattern: "(ab|cd)?x"),
        CustomSlotType(name: "Unicode", regexPattern: "[\\u0041-\\u005A]{2}"),
        CustomSlotType(name: "Pin", regexPattern: "([0-9]{2}\\u002D?){2}"),
    ])

    @Test(
        "TOP_RESOLUTION: listed values and synonyms only, resolved to the listed value",
        arguments: [
            PhraseCase("30", .value("30")),
            PhraseCase("Half an hour", .value("30")),
            PhraseCase("30 MIN", .value("30")),
            PhraseCase("  an   hour ", .value("60")),
            PhraseCase("60 minutes.", .value("60")),
            PhraseCase("45", .unresolved),
            PhraseCase("half an hour please", .unresolved),
        ])
    func topResolution(_ row: PhraseCase) {
        expectResolution(row, as: "MeetingDuration", resolver: Self.resolver)
    }

    @Test("ORIGINAL_VALUE: what was said is the value; a listed spelling adds its value as a candidate")
    func originalValue() {
        let crimson = Self.resolver.resolve("Crimson", as: "Color", now: Clocks.friday)
        #expect(crimson.interpretedValue == "Crimson")
        #expect(crimson.resolvedValues == ["red"])
        let red = Self.resolver.resolve("red", as: "Color", now: Clocks.friday)
        #expect(red.interpretedValue == "red" && red.resolvedValues == ["red"])
        let purple = Self.resolver.resolve("light purple!", as: "Color", now: Clocks.friday)
        #expect(purple.outcome == .resolved)
        #expect(purple.interpretedValue == "light purple" && purple.resolvedValues.isEmpty)
        #expect(Self.resolver.resolve("  ", as: "Color", now: Clocks.friday).outcome == .unresolved)
    }

    @Test(
        "regex filters must match the whole value",
        arguments: [
            ("OrderId", "ABC1234", "ABC1234"), ("OrderId", "ABC 1234", "ABC1234"), ("OrderId", "abc1234", nil),
            ("OrderId", "ABC123", nil), ("OrderId", "ABCD1234", nil), ("Spaced", "APQ 123", "APQ 123"),
            ("Spaced", "AZQ 123", nil), ("Choice", "x", "x"), ("Choice", "abx", "abx"), ("Choice", "cdx", "cdx"),
            ("Choice", "adx", nil), ("Unicode", "QZ", "QZ"), ("Unicode", "qz", nil), ("Pin", "12-34", "12-34"),
            ("Pin", "1234", "1234"), ("Pin", "12--34", nil),
        ] as [(String, String, String?)])
    func regexFilters(type: String, text: String, expected: String?) {
        let resolution = Self.resolver.resolve(text, as: type, now: Clocks.friday)
        #expect(resolution.interpretedValue == expected, "\(type) \(text)")
        #expect(resolution.isMatch == (expected != nil))
    }

    @Test(
        "regex syntax Lex rejects is reported when the resolver is built",
        arguments: [
            "[A-Z]+", "a*", ".{3}", "[0-9]{2,}", "(ab", "\\d{3}", "[Z-A]", "{3}", "[]", "a{3,1}",
            // Lex rejects anchors, non-capturing groups, negated classes and bare punctuation; the
            // simulator once accepted them, so a bot passed offline that the console refuses.
            "^(ab|cd)?x$", "(?:[0-9]{2}-?){2}", "[^a-z]{2}", "[A-D]{3} [1-5]",
        ])
    func invalidPatterns(_ pattern: String) {
        #expect(throws: SlotTypeError.self) {
            _ = try SlotResolver(customSlotTypes: [CustomSlotType(name: "Bad", regexPattern: pattern)])
        }
    }

    @Test("a duplicate slot type name is an error naming the type")
    func duplicateNames() {
        let type = CustomSlotType(name: "Twice", values: [.init("a")])
        #expect(throws: SlotTypeError(slotTypeName: "Twice", message: "slot type 'Twice' is defined twice")) {
            _ = try SlotResolver(customSlotTypes: [type, type])
        }
    }
}
