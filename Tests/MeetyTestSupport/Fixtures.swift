/// Small inputs for the end-to-end tests: a two-intent bot without code hooks, a broken bot, and
/// scripts that pass and fail against it. Small on purpose, so every CLI run takes milliseconds.
public enum Fixtures {
    /// A valid bot: a greeting, an order with one custom slot, and the fallback intent.
    public static let teaBot = """
        name: TeaBot
        locales:
          en_US:
            slotTypes:
              TeaKind:
                resolution: top
                values:
                  - {value: green, synonyms: [sencha]}
                  - {value: black}
            intents:
              Greet:
                utterances: [Hello, Hi there]
                closing: "Hi! Say: I want tea."
              OrderTea:
                utterances: [I want tea, "order {Kind} tea"]
                slots:
                  Kind: {type: TeaKind, prompt: Which tea would you like?}
                closing: "One {Kind} tea, coming up."
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry, I didn't get that.

        """

    /// A bot with a misspelt key; the marker is where the diagnostic must point.
    public static let brokenBot = MarkedText(
        """
        name: BrokenBot
        locales:
          en_US:
            intents:
              Greet:
                1️⃣utterences: [Hello]
                closing: Hi!
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry.

        """)

    /// A script that passes against `teaBot` (at `bots/tea.yaml`, from `conversations/`).
    public static let passingScript = """
        name: orders green tea
        bot: ../bots/tea.yaml
        tags: [order]
        turns:
          - user: I want tea
            intent: OrderTea
            action: ElicitSlot
            slot: Kind
            bot: Which tea would you like?
          - user: sencha
            state: Fulfilled
            slots: {Kind: green}
            bot: "One green tea, coming up."

        """

    /// A script that fails against `teaBot` at its second turn.
    public static let failingScript = """
        name: expects the wrong reply
        bot: ../bots/tea.yaml
        tags: [greeting]
        turns:
          - user: Hello
            intent: Greet
          - user: I want tea
            bot: Which coffee would you like?

        """
}
