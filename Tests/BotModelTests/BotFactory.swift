import BotModel
import MeetyDiagnostics

/// Builds large `BotDefinition`s in memory for quota and performance tests, where writing and
/// parsing tens of thousands of YAML lines would only test the parser.
///
/// Each located value gets a distinct synthetic line so a test can tell which item a diagnostic
/// points at: `line(of:)` numbers items in creation order.
struct BotFactory {
    private var nextLine = 1

    /// The file name used in every span.
    static let file = "generated.yaml"

    /// A span on a fresh line.
    mutating func span() -> SourceSpan {
        defer { nextLine += 1 }
        return SourceSpan(file: Self.file, start: SourcePosition(line: nextLine, column: 1))
    }

    /// A located text on a fresh line.
    mutating func text(_ value: String) -> Located<String> {
        Located(value, at: span())
    }

    /// An intent with utterances and optional slots (each `AMAZON.Number` with a prompt).
    mutating func intent(_ name: String, utterances: [String] = [], slots: [String] = []) -> IntentDefinition {
        let located = text(name)
        let slotDefinitions = slots.map { slot in
            SlotDefinition(
                name: text(slot),
                type: text("AMAZON.Number"),
                prompt: MessageDefinition(variants: [text("How many?")], span: span()),
                span: span()
            )
        }
        return IntentDefinition(
            name: located,
            utterances: utterances.map { text($0) },
            slots: slotDefinitions,
            span: located.span
        )
    }

    /// The fallback intent.
    mutating func fallback() -> IntentDefinition {
        let name = text("FallbackIntent")
        return IntentDefinition(name: name, parent: text(IntentDefinition.fallbackSignature), span: name.span)
    }

    /// A values slot type.
    mutating func slotType(_ name: String, values: [String]) -> SlotTypeDefinition {
        let located = text(name)
        return SlotTypeDefinition(
            name: located,
            kind: .values(resolution: nil, values: values.map { SlotTypeValue(value: text($0)) }),
            span: located.span
        )
    }

    /// A one-locale bot.
    mutating func bot(
        locale: String = "en_US",
        intents: [IntentDefinition],
        slotTypes: [SlotTypeDefinition] = []
    ) -> BotDefinition {
        let root = span()
        return BotDefinition(
            file: Self.file,
            name: text("TestBot"),
            idleSessionTTL: Located(BotDefinition.defaultIdleSessionTTL, at: root),
            childDirected: Located(false, at: root),
            locales: [
                LocaleDefinition(
                    id: text(locale),
                    confidenceThreshold: Located(LocaleDefinition.defaultConfidenceThreshold, at: root),
                    slotTypes: slotTypes,
                    intents: intents,
                    span: root
                )
            ],
            span: root
        )
    }

    /// The sorted diagnostics of validating `bot` with every rule.
    static func validate(_ bot: BotDefinition, strict: Bool = false) -> [Diagnostic] {
        var bag = DiagnosticBag()
        _ = BotValidator().validate(bot, strict: strict, into: &bag)
        return bag.sorted
    }
}
