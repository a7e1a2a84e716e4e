import LexConditions
import Testing

@Suite("Evaluating conditions")
struct ConditionEvaluationTests {
    /// A turn with a number slot, a text slot, a date, a time, a duration, a list slot, a
    /// composite slot, attributes and input paths.
    static let environment = ConditionSnapshot(
        slots: [
            "age": .scalar("30", kind: .number),
            "pizzaSize": .scalar("Large"),
            "dateOfBirth": .scalar("1985-06-15", kind: .date),
            "time": .scalar("21:30", kind: .time),
            "travelDuration": .scalar("PT90M", kind: .duration),
            "percentage": .scalar("78%", kind: .number),
            "toppings": .list(["pepperoni", "Pineapple"]),
            "address": ConditionSlotValue(
                kind: .text, interpretedValue: "12 Main Street Seattle",
                subSlots: ["City": .scalar("Seattle"), "Street": .scalar("Main Street")]),
            "badNumber": .scalar("ten", kind: .number),
        ],
        sessionAttributes: ["fallback-count": "1", "empty": "", "plan": "Yearly", "score": "07"],
        requestAttributes: ["retry_enabled": "TRUE", "x-amz-lex:channel": "web"],
        inputValues: [
            "$.inputMode": "Speech", "$.transcriptions[0].transcriptionConfidence": "0.71",
        ]
    )

    private func result(_ text: String) throws -> ConditionResult {
        try condition(text).evaluate(in: Self.environment)
    }

    private func matches(_ text: String) throws -> Bool {
        try result(text).isMatched
    }

    @Test(
        "comparison operators on a number slot",
        arguments: [
            ("{age} = 30", true), ("{age} = 30.0", true), ("{age} != 30", false), ("{age} < 31", true),
            ("{age} < 30", false), ("{age} <= 30", true), ("{age} > 29.5", true), ("{age} > 30", false),
            ("{age} >= 30", true), ("{age} >= 31", false), ("{age} = \"30\"", true), ("{age} > -1", true),
            ("{percentage} >= 78", true), ("{percentage} > 78", false),
        ])
    func numbers(text: String, expected: Bool) throws {
        #expect(try matches(text) == expected, "\(text)")
    }

    @Test(
        "text compares without regard to case, by code",
        arguments: [
            ("{pizzaSize} = \"large\"", true), ("{pizzaSize} = \"LARGE\"", true), ("{pizzaSize} != \"Large\"", false),
            ("{pizzaSize} = \"larg\"", false), ("{pizzaSize} < \"M\"", true), ("{pizzaSize} > \"k\"", true),
            ("{pizzaSize} = Large", true), ("[plan] = \"yearly\"", true), ("((retry_enabled)) = \"true\"", true),
            ("$.inputMode = \"speech\"", true), ("((x-amz-lex:channel)) = \"WEB\"", true),
        ])
    func text(text: String, expected: Bool) throws {
        #expect(try matches(text) == expected, "\(text)")
    }

    @Test(
        "dates, times and durations compare in time order",
        arguments: [
            ("{dateOfBirth} < \"1990-10-01\"", true), ("{dateOfBirth} > \"1985-06-14\"", true),
            ("{dateOfBirth} = \"1985-06-15\"", true), ("{time} > \"20:00\"", true), ("{time} < \"21:30:01\"", true),
            ("{travelDuration} < P2H", true), ("{travelDuration} > PT1H", true), ("{travelDuration} = PT1H30M", true),
            ("{travelDuration} < P1D", true),
        ])
    func timeOrder(text: String, expected: Bool) throws {
        #expect(try matches(text) == expected, "\(text)")
    }

    @Test("attributes and paths compare as numbers when both sides are numbers, as text otherwise")
    func untyped() throws {
        #expect(try matches("[fallback-count] = \"1\""))
        #expect(try matches("[fallback-count] = 1.0"))
        #expect(try matches("[score] = 7"))
        #expect(try matches("[score] < 10"))
        #expect(try !matches("[plan] < 10"))
        #expect(try matches("[empty] = \"\""))
        #expect(try matches("$.transcriptions[0].transcriptionConfidence < 0.8"))
        #expect(try !matches("$.transcriptions[0].transcriptionConfidence > 0.8"))
    }

    @Test("a multi-valued slot: CONTAINS tests each value, = the comma-separated list, fn.COUNT the values")
    func multiValued() throws {
        #expect(try matches("{toppings} CONTAINS \"pineapple\""))
        #expect(try matches("{toppings} CONTAINS \"PEPPERONI\""))
        #expect(try !matches("{toppings} CONTAINS \"pepper\""))
        #expect(try matches("{toppings} = \"pepperoni, pineapple\""))
        #expect(try matches("fn.COUNT({toppings}) = 2"))
        #expect(try !matches("fn.COUNT({toppings}) > 2"))
        #expect(try matches("fn.IS_SET({toppings})"))
    }

    @Test("CONTAINS on one value is equality with the whole value, not a substring test")
    func containsOnScalar() throws {
        #expect(try matches("{pizzaSize} CONTAINS \"large\""))
        #expect(try !matches("{pizzaSize} CONTAINS \"arg\""))
        #expect(try matches("[plan] CONTAINS \"YEARLY\""))
    }

    @Test("fn.IS_SET, fn.COUNT and fn.LENGTH on set and unset references")
    func functions() throws {
        #expect(try matches("fn.IS_SET({age})"))
        #expect(try !matches("fn.IS_SET({missing})"))
        #expect(try matches("fn.IS_SET([empty])"))
        #expect(try !matches("fn.IS_SET([missing])"))
        #expect(try matches("fn.IS_SET(((retry_enabled)))"))
        #expect(try !matches("fn.IS_SET(((missing)))"))
        #expect(try matches("fn.IS_SET($.inputMode)"))
        #expect(try !matches("fn.IS_SET($.inputTranscript)"))
        #expect(try matches("fn.COUNT({age}) = 1"))
        #expect(try matches("fn.COUNT({missing}) = 0"))
        #expect(try matches("fn.COUNT([plan]) = 1"))
        #expect(try matches("fn.LENGTH({pizzaSize}) = 5"))
        #expect(try matches("fn.LENGTH([empty]) = 0"))
        #expect(try matches("fn.LENGTH([plan]) >= 6"))
    }

    @Test("NOT, AND and OR")
    func booleans() throws {
        #expect(try matches("NOT {age} = 31"))
        #expect(try !matches("!({age} = 30)"))
        #expect(try matches("{age} = 30 AND [plan] = \"yearly\""))
        #expect(try !matches("{age} = 30 AND [plan] = \"monthly\""))
        #expect(try matches("{age} = 31 OR [plan] = \"yearly\""))
        #expect(try !matches("{age} = 31 || [plan] = \"monthly\""))
        #expect(try matches("({age} >= 5) && ({age} <= 100)"))
    }

    @Test("a sub-slot of a composite slot reads its own value; a missing one is unset")
    func composite() throws {
        #expect(try matches("{address.City} = \"seattle\""))
        #expect(try matches("fn.IS_SET({address.Street})"))
        #expect(try !matches("fn.IS_SET({address.Zip})"))
        #expect(try matches("{address} = \"12 main street seattle\""))
        guard case .invalid(let invalidity) = try result("{address.Zip} = \"98101\"") else {
            Issue.record("an unset sub-slot was evaluated")
            return
        }
        #expect(invalidity.range == ConditionRange(0, 13))
    }

    @Test("reaching an unset reference makes the condition invalid: the branch is not taken")
    func unset() throws {
        let outcome = try result("{missing} = \"x\"")
        #expect(
            outcome
                == .invalid(
                    ConditionInvalidity(
                        .unset(try #require(condition("{missing} = \"x\"").references.first)),
                        "{missing} is not set, so the condition cannot be evaluated", at: ConditionRange(0, 9))))
        #expect(!outcome.isMatched)
        #expect(try result("NOT {missing} = \"x\"").isInvalid)
        #expect(try result("{missing} != \"x\"").isInvalid)
        #expect(try result("[missing] = \"\"").isInvalid)
        #expect(try result("fn.LENGTH({missing}) = 0").isInvalid)
        #expect(try result("{missing} CONTAINS \"x\"").isInvalid)
        #expect(try result("$.inputTranscript = \"hi\"").isInvalid)
    }

    @Test("AND and OR stop at the first operand that decides, so later unset references are not reached")
    func shortCircuit() throws {
        #expect(try matches("!fn.IS_SET([missing]) OR [missing] = \"0\""))
        #expect(try result("[missing] = \"0\" OR !fn.IS_SET([missing])").isInvalid)
        #expect(try result("{age} = 31 AND [missing] = \"x\"") == .notMatched)
        #expect(try result("{age} = 30 AND [missing] = \"x\"").isInvalid)
        #expect(try result("{age} = 30 OR [missing] = \"x\"") == .matched)
    }

    @Test("values and constants of the wrong kind make the condition invalid")
    func typeMismatch() throws {
        let cases: [(String, String, ConditionRange)] = [
            ("{badNumber} > 3", "the value 'ten' of {badNumber} is not a number", ConditionRange(0, 11)),
            ("{age} > \"old\"", "the constant 'old' is not a number", ConditionRange(8, 13)),
            (
                "{dateOfBirth} < \"yesterday\"", "the constant 'yesterday' is not a date (YYYY-MM-DD)",
                ConditionRange(16, 27)
            ),
            ("{time} > 8pm", "the constant '8pm' is not a time of day (HH:MM)", ConditionRange(9, 12)),
            ("{travelDuration} < 2", "the constant '2' is not an ISO 8601 duration (PT2H)", ConditionRange(19, 20)),
            ("fn.COUNT({toppings}) > \"two\"", "fn.COUNT gives a number, and 'two' is not one", ConditionRange(23, 28)),
            (
                "fn.LENGTH({toppings}) = 3", "fn.LENGTH does not support multi-valued slots such as {toppings}",
                ConditionRange(0, 21)
            ),
            ("{age} CONTAINS \"x\"", "the constant 'x' is not a number", ConditionRange(15, 18)),
        ]
        for (text, message, range) in cases {
            guard case .invalid(let invalidity) = try result(text) else {
                Issue.record("\(text) was evaluated")
                continue
            }
            #expect(invalidity.reason == .typeMismatch, "\(text)")
            #expect(invalidity.message == message, "\(text)")
            #expect(invalidity.range == range, "\(text)")
        }
    }

    @Test("the example of the fixture README: reminderbot's fallback branches over session attributes")
    func reminderbotFallback() throws {
        let initial = try condition(
            "(!fn.IS_SET([fallback-count]) OR [fallback-count] = \"\" OR [fallback-count] = \"0\") AND "
                + "(!fn.IS_SET([slot-failure]) OR [slot-failure] != \"true\")")
        let retry = try condition(
            "[fallback-count] = \"1\" AND (!fn.IS_SET([slot-failure]) OR [slot-failure] != \"true\")")
        let slotFailure = try condition("[slot-failure] = \"true\" ")
        let first = ConditionSnapshot()
        #expect(initial.evaluate(in: first) == .matched)
        #expect(retry.evaluate(in: first).isInvalid)
        #expect(slotFailure.evaluate(in: first).isInvalid)
        let second = ConditionSnapshot(sessionAttributes: ["fallback-count": "1"])
        #expect(initial.evaluate(in: second) == .notMatched)
        #expect(retry.evaluate(in: second) == .matched)
        let failed = ConditionSnapshot(sessionAttributes: ["fallback-count": "1", "slot-failure": "true"])
        #expect(retry.evaluate(in: failed) == .notMatched)
        #expect(slotFailure.evaluate(in: failed) == .matched)
    }
}

extension ConditionResult {
    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}
