import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Message rules")
struct MessageRuleTests {
    @Test("a message is 1 to 3 texts, none empty, each at most 1,000 UTF-16 code units")
    func messages() {
        let fits = String(repeating: "é", count: 1_000)
        let long = String(repeating: "😀", count: 500) + "!"
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Book:
                    utterances: [book]
                    slots:
                      Day:
                        type: AMAZON.Date
                        prompt: [Which day?, When?, What date?, 1️⃣Day?]
                        failure: 2️⃣[]
                    confirmation:
                      prompt: [Sure?, 3️⃣"  "]
                      declined: "\(fits)"
                      failure: 4️⃣"\(long)"
                    closing: 5️⃣""
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let cut = "\"" + String(long.prefix(57)) + "...\""
        expectDiagnostics(
            marked,
            [
                .error(
                    .messageVariantCount,
                    at: "1️⃣",
                    "prompt of slot 'Day' of intent 'Book' has 4 texts; a message is one text and at most 2 variations"
                ),
                .error(
                    .messageVariantCount,
                    at: "2️⃣",
                    "failure message of slot 'Day' of intent 'Book' is an empty list; a message needs 1 to 3 texts"
                ),
                .error(.emptyMessage, at: "3️⃣", "confirmation prompt variation 1 of intent 'Book' is empty"),
                .error(
                    .messageTooLong,
                    at: "4️⃣",
                    "confirmation failure message \(cut) of intent 'Book' is 1001 characters long, more than Lex's limit of 1000"
                ),
                .error(.emptyMessage, at: "5️⃣", "closing of intent 'Book' is empty"),
            ]
        )
    }

    @Test("a single text and a list of three texts are both valid messages")
    func validForms() {
        expectClean(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Greet:
                    utterances: [hi]
                    closing: [Hello., Hi there., Welcome.]
                  FallbackIntent:
                    parent: AMAZON.FallbackIntent
                    closing: |
                      Sorry, I did not get that.
                      Say "book a meeting".
            """
        )
    }
}
