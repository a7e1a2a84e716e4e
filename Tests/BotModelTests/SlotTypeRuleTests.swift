import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Slot type rules")
struct SlotTypeRuleTests {
    @Test("slot types must be built in or of the same locale, with hints")
    func undefinedSlotTypes() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                slotTypes:
                  MeetingDuration: {values: ["30", "60"]}
                intents:
                  Book:
                    utterances: [book]
                    slots:
                      Length: {type: 1️⃣MeetingDurration, prompt: How long?}
                      Day: {type: 2️⃣AMAZON.Dat, prompt: Which day?}
                      Count: {type: 3️⃣Number, prompt: How many?}
                      Topping: {type: 4️⃣Topping, prompt: Which topping?}
                      Code: {type: 5️⃣Whatever, prompt: Which code?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
              en_GB:
                slotTypes:
                  Topping: {values: [cheese]}
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let tail = "which is neither a built-in slot type nor a slot type of locale 'en_US'"
        expectDiagnostics(
            marked,
            [
                .error(
                    .undefinedSlotType, at: "1️⃣",
                    "slot 'Length' of intent 'Book' has type 'MeetingDurration', \(tail) (did you mean 'MeetingDuration'?)"
                ),
                .error(
                    .undefinedSlotType, at: "2️⃣",
                    "slot 'Day' of intent 'Book' has type 'AMAZON.Dat', \(tail) (did you mean 'AMAZON.Date'?)"),
                .error(
                    .undefinedSlotType, at: "3️⃣",
                    "slot 'Count' of intent 'Book' has type 'Number', \(tail) (did you mean 'AMAZON.Number'?)"),
                .error(
                    .undefinedSlotType,
                    at: "4️⃣",
                    "slot 'Topping' of intent 'Book' has type 'Topping', \(tail); 'Topping' is a slot type of locale 'en_GB', and slot types belong to one locale"
                ),
                .error(.undefinedSlotType, at: "5️⃣", "slot 'Code' of intent 'Book' has type 'Whatever', \(tail)"),
            ]
        )
    }

    @Test("every built-in slot type is accepted where Lex offers it")
    func builtInsAccepted() {
        let types = [
            "AlphaNumeric", "City", "Confirmation", "Country", "Currency", "Date", "Duration", "EmailAddress",
            "FirstName", "FreeFormInput", "LastName", "Number", "Percentage", "PhoneNumber", "State", "StreetName",
            "Time", "UKPostalCode",
        ]
        let slots = types.map { "          S\($0): {type: AMAZON.\($0), required: false}" }.joined(separator: "\n")
        expectClean(
            """
            name: TestBot
            locales:
              en_GB:
                intents:
                  Everything:
                    utterances: [everything]
                    slots:
            \(slots)
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
    }

    @Test("UKPostalCode outside en_GB and AlphaNumeric or a regex type in ko_KR are unavailable")
    func unavailableInLocale() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Ship:
                    utterances: [ship]
                    slots:
                      PostCode: {type: 1️⃣AMAZON.UKPostalCode, prompt: Postcode?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
              ko_KR:
                slotTypes:
                  2️⃣OrderId: {regex: "[A-Z]{3}"}
                intents:
                  Order:
                    utterances: [order]
                    slots:
                      Code: {type: 3️⃣AMAZON.AlphaNumeric, prompt: Code?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .slotTypeUnavailableInLocale,
                    at: "1️⃣",
                    "slot 'PostCode' of intent 'Ship' has type AMAZON.UKPostalCode, which Lex offers only in en_GB, not in locale 'en_US'"
                ),
                .error(
                    .slotTypeUnavailableInLocale,
                    at: "2️⃣",
                    "regex slot type 'OrderId' builds on AMAZON.AlphaNumeric, which Lex does not offer in locale 'ko_KR'"
                ),
                .error(
                    .slotTypeUnavailableInLocale,
                    at: "3️⃣",
                    "slot 'Code' of intent 'Order' has type AMAZON.AlphaNumeric, which Lex does not offer in locale 'ko_KR'"
                ),
            ]
        )
    }

    @Test("Confirmation is a reserved slot type name; other built-in names are warnings")
    func reservedNames() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                slotTypes:
                  1️⃣Confirmation: {values: [yes]}
                  2️⃣date: {values: [today]}
                  Dates: {values: [today]}
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .reservedSlotTypeName,
                    at: "1️⃣",
                    "slot type name 'Confirmation' is reserved by Lex for the built-in AMAZON.Confirmation; rename the slot type"
                ),
                .warning(
                    .reservedSlotTypeName,
                    at: "2️⃣",
                    "slot type 'date' is named like the built-in AMAZON.Date; a slot with type 'date' gets this custom type, which is easily confused with AMAZON.Date"
                ),
            ]
        )
    }

    @Test("values: none, empty, too long (UTF-16) and repeated ignoring case and spacing")
    func values() {
        let long = String(repeating: "é", count: 140)
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                slotTypes:
                  Empty:
                    1️⃣values: []
                  Size:
                    values:
                      - {value: small, synonyms: [little, 2️⃣"  "]}
                      - {value: large, synonyms: [big, 3️⃣Little, \(long)]}
                      - 4️⃣\(long)😀
                      - 5️⃣"Large "
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let quoted = "\"" + String(long.prefix(57)) + "...\""
        expectDiagnostics(
            marked,
            [
                .error(.slotTypeValueCount, at: "1️⃣", "slot type 'Empty' has no values; Lex needs at least one"),
                .error(.emptySlotValue, at: "2️⃣", "synonym \"  \" of value 'small' of slot type 'Size' is empty"),
                .warning(
                    .duplicateSlotValue,
                    at: "3️⃣",
                    "synonym \"Little\" of value 'large' of slot type 'Size' repeats synonym \"little\" of value 'small'"
                ),
                .error(
                    .slotValueTooLong,
                    at: "4️⃣",
                    "value \(quoted) of slot type 'Size' is 142 characters long, more than Lex's limit of 140"
                ),
                .warning(.duplicateSlotValue, at: "5️⃣", "value \"Large \" of slot type 'Size' repeats value \"large\""),
            ]
        )
    }

    @Test("values and synonyms count together toward 10,000 per slot type; reported at the first over")
    func valueCount() throws {
        func bot(synonymsPerValue: Int) -> BotDefinition {
            var factory = BotFactory()
            let values = (1...100).map { value in
                SlotTypeValue(
                    value: factory.text("v\(value)"),
                    synonyms: (1...synonymsPerValue).map { factory.text("v\(value)s\($0)") }
                )
            }
            let name = factory.text("Big")
            let slotType = SlotTypeDefinition(
                name: name, kind: .values(resolution: nil, values: values), span: name.span)
            return factory.bot(intents: [factory.fallback()], slotTypes: [slotType])
        }
        #expect(BotFactory.validate(bot(synonymsPerValue: 99)).isEmpty)
        let over = bot(synonymsPerValue: 100)
        let diagnostics = BotFactory.validate(over)
        #expect(
            diagnostics.map(\.message) == [
                "slot type 'Big' has 10100 values and synonyms, more than Lex's limit of 10000"
            ])
        guard case .values(_, let values) = over.locales[0].slotTypes[0].kind else {
            Issue.record("slot type 'Big' must be a values type")
            return
        }
        // Entries run value, its 100 synonyms, next value...: entry 10,000 is the first synonym of value 100.
        #expect(diagnostics.first?.span == values[99].synonyms[0].span)
    }
}
