import BotModel
import Foundation
import MeetyDiagnostics

/// Runs the whole loading pipeline (parse, decode, validate) the way the CLI does, for tests.
enum BotValidation {
    /// The diagnostics of loading `text` as `file`, sorted by position.
    static func diagnostics(_ text: String, file: String = "bot.yaml", strict: Bool = false) -> [Diagnostic] {
        var bag = DiagnosticBag()
        _ = BotLoader().load(text, file: file, strict: strict, into: &bag)
        return bag.sorted
    }

    /// The result and diagnostics of loading `text`.
    static func load(_ text: String, strict: Bool = false) -> (ValidatedBot?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let bot = BotLoader().load(text, file: "bot.yaml", strict: strict, into: &bag)
        return (bot, bag.sorted)
    }

    /// A valid one-locale bot around `intents` (indented by six spaces, under `intents:`), with
    /// `slotTypes` (indented likewise) and a fallback intent appended.
    static func bot(intents: String, slotTypes: String = "", locale: String = "en_US") -> String {
        var text = "name: TestBot\nlocales:\n  \(locale):\n"
        if !slotTypes.isEmpty { text += "    slotTypes:\n\(slotTypes)\n" }
        text += "    intents:\n\(intents)\n      Fallback:\n        parent: AMAZON.FallbackIntent\n"
        return text
    }
}
