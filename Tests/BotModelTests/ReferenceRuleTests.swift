import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Slot and attribute references")
struct ReferenceRuleTests {
    @Test("the template scanner separates references from malformed markup")
    func scanner() {
        let scan = TemplateScan("at {A} and {B} then {A} {} {x y} { } {C", attributes: false)
        #expect(scan.slotNames == ["A", "B"])
        #expect(scan.slots.map(\.position) == [4, 12, 21])
        #expect(
            scan.braceProblems == [
                "'{}' at character 25, which names no slot",
                "'{x y}' at character 28, which is not a slot name (it contains a space at character 2)",
                "'{ }' at character 34, which is not a slot name (it contains a space at character 1)",
                "an unclosed '{' at character 38",
            ])
        let nested = TemplateScan("{a{B}} ]x[ [name] [] [ pad ]", attributes: true)
        #expect(nested.slotNames == ["B"])
        #expect(nested.braceProblems == ["an unclosed '{' at character 1", "a '}' at character 6 that closes nothing"])
        #expect(nested.attributes == ["name"])
        #expect(
            nested.bracketProblems == [
                "a ']' at character 8 that closes nothing",
                "an unclosed '[' at character 10",
                "'[]' at character 19, which names no session attribute",
                "'[ pad ]' at character 22, which is not an attribute name (no spaces around it, no braces)",
            ])
        #expect(TemplateScan("[a] {b}").bracketProblems.isEmpty, "brackets are only scanned in messages")
    }

    @Test("undefined {Slot} references in every kind of text, each at its text, with hints")
    func undefinedReferences() {
        let marked = MarkedText(
            """
            name: TestBot
            codeHook: meety
            locales:
              en_US:
                intents:
                  BookMeeting:
                    utterances:
                      - book a meeting on {MeetingDate}
                      - 1️⃣book at {MeetingTme}
                    slots:
                      MeetingDate:
                        type: AMAZON.Date
                        prompt: [Which day?, 2️⃣"Which day, {Name}?"]
                        failure: 3️⃣Sorry, {MeetingDate} and {Date} did not work.
                        utterances: ["on {MeetingDate}", 4️⃣"{MeetingDate} at {MeetingTim}"]
                      MeetingTime: {type: AMAZON.Time, prompt: What time?}
                    confirmation:
                      prompt: 5️⃣Book {MeetingDate} at {MeetingTimes}?
                      declined: 6️⃣OK, not booking {MeetingDat}.
                      failure: 7️⃣I could not confirm {It}.
                    closing: 8️⃣Booked {meetingdate}.
                  FallbackIntent:
                    parent: AMAZON.FallbackIntent
                    closing: 9️⃣Sorry, I did not get {Input}.
            """
        )
        let tail = "which intent 'BookMeeting' does not have"
        expectDiagnostics(
            marked,
            [
                .error(
                    .undefinedSlotReference, at: "1️⃣",
                    "utterance \"book at {MeetingTme}\" names slot 'MeetingTme', \(tail) (did you mean 'MeetingTime'?)"),
                .error(
                    .undefinedSlotReference, at: "2️⃣",
                    "prompt variation 1 \"Which day, {Name}?\" of slot 'MeetingDate' names slot 'Name', \(tail)"),
                .error(
                    .undefinedSlotReference,
                    at: "3️⃣",
                    "failure message \"Sorry, {MeetingDate} and {Date} did not work.\" of slot 'MeetingDate' names slot 'Date', \(tail)"
                ),
                .error(
                    .undefinedSlotReference,
                    at: "4️⃣",
                    "sample utterance \"{MeetingDate} at {MeetingTim}\" of slot 'MeetingDate' names slot 'MeetingTim', \(tail) (did you mean 'MeetingTime'?)"
                ),
                .error(
                    .undefinedSlotReference,
                    at: "5️⃣",
                    "confirmation prompt \"Book {MeetingDate} at {MeetingTimes}?\" names slot 'MeetingTimes', \(tail) (did you mean 'MeetingTime'?)"
                ),
                .error(
                    .undefinedSlotReference,
                    at: "6️⃣",
                    "declined message \"OK, not booking {MeetingDat}.\" names slot 'MeetingDat', \(tail) (did you mean 'MeetingDate'?)"
                ),
                .error(
                    .undefinedSlotReference, at: "7️⃣",
                    "confirmation failure message \"I could not confirm {It}.\" names slot 'It', \(tail)"),
                .error(
                    .undefinedSlotReference,
                    at: "8️⃣",
                    "closing \"Booked {meetingdate}.\" names slot 'meetingdate', \(tail) (did you mean 'MeetingDate'?)"
                ),
                .error(
                    .undefinedSlotReference,
                    at: "9️⃣",
                    "closing \"Sorry, I did not get {Input}.\" names slot 'Input', which intent 'FallbackIntent' does not have"
                ),
            ]
        )
    }

    @Test("malformed braces and brackets, and slot utterances that miss their slot")
    func malformedMarkup() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Greet:
                    utterances: [1️⃣"hello }", 2️⃣"hi {"]
                    slots:
                      Name:
                        type: AMAZON.FirstName
                        prompt: 3️⃣Your name, [user? I am {Name}.
                        utterances: [4️⃣"I am {name}", "call me {Name}", 5️⃣just call me]
                    closing: 6️⃣Hi [], welcome {}.
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .malformedSlotReference, at: "1️⃣",
                    "utterance \"hello }\" of intent 'Greet' has a '}' at character 7 that closes nothing"),
                .error(
                    .malformedSlotReference, at: "2️⃣",
                    "utterance \"hi {\" of intent 'Greet' has an unclosed '{' at character 4"),
                .error(
                    .malformedAttributeReference,
                    at: "3️⃣",
                    "prompt \"Your name, [user? I am {Name}.\" of slot 'Name' of intent 'Greet' has an unclosed '[' at character 12"
                ),
                .error(
                    .slotUtteranceWithoutSlot,
                    at: "4️⃣",
                    "sample utterance \"I am {name}\" of slot 'Name' of intent 'Greet' does not contain {Name}; a slot's sample utterances must name the slot"
                ),
                .error(
                    .undefinedSlotReference,
                    at: "4️⃣",
                    "sample utterance \"I am {name}\" of slot 'Name' names slot 'name', which intent 'Greet' does not have (did you mean 'Name'?)"
                ),
                .error(
                    .slotUtteranceWithoutSlot,
                    at: "5️⃣",
                    "sample utterance \"just call me\" of slot 'Name' of intent 'Greet' does not contain {Name}; a slot's sample utterances must name the slot"
                ),
                .error(
                    .malformedAttributeReference,
                    at: "6️⃣",
                    "closing \"Hi [], welcome {}.\" of intent 'Greet' has '[]' at character 4, which names no session attribute"
                ),
                .error(
                    .malformedSlotReference,
                    at: "6️⃣",
                    "closing \"Hi [], welcome {}.\" of intent 'Greet' has '{}' at character 16, which names no slot"
                ),
            ]
        )
    }

    @Test("well-formed slot and attribute references pass")
    func wellFormed() {
        expectClean(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Greet:
                    utterances: ["hello {Name}", "hi"]
                    slots:
                      Name: {type: AMAZON.FirstName, prompt: "Your name, [user]?", utterances: ["I am {Name}"]}
                    closing: ["Hi {Name}, your code is [code].", "Welcome back, {Name}."]
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
    }
}
