import BotModel
import Conversations
import MeetyDiagnostics

/// One fuzz input through the three layers that read files written by people: the YAML parser,
/// the bot decoder (with every validation rule) and the conversation decoder (with the check
/// against a bot).
///
/// Shared by the libFuzzer harness (`scripts/fuzz.sh`), which traps on a broken invariant, and by
/// the seeded-mutation test in the suite. Besides "does not crash, hang or exhaust memory" (which
/// the fuzzer and the sanitizers watch), every input must keep the loaders' contract: a result
/// exactly when there is no error, and every diagnostic at a real position of the file.
public enum FuzzTarget {
    /// The display path the inputs are loaded under.
    public static let file = "fuzz.yaml"

    /// The bot that decoded scripts are checked against, in two locales, read by the bot loader.
    public static let outline: BotOutline = {
        let bot = """
            name: FuzzBot
            locales:
              en_US:
                intents:
                  StartMeety: {utterances: [Hello], closing: Hi}
                  BookMeeting:
                    utterances: [book a meeting]
                    slots:
                      FullName: {type: AMAZON.FirstName, prompt: Name?}
                      MeetingDate: {type: AMAZON.Date, prompt: Day?}
                      MeetingTime: {type: AMAZON.Time, prompt: Time?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent, closing: Sorry}
              en_GB:
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent, closing: Sorry}
            """
        var bag = DiagnosticBag()
        let definition = BotLoader().decode(Array(bot.utf8), file: "fuzz-bot.yaml", into: &bag)
        return BotOutline(
            locales: (definition?.locales ?? []).map { locale in
                LocaleOutline(
                    id: locale.id.value,
                    intents: locale.intents.map {
                        IntentOutline(name: $0.name.value, slots: $0.slots.map(\.name.value))
                    }
                )
            })
    }()

    /// Loads `bytes` as a bot file and as a conversation file.
    /// - Returns: The broken invariants, one line each; empty when the input was handled correctly.
    public static func check(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        var botBag = DiagnosticBag()
        let bot = BotLoader().load(bytes, file: file, into: &botBag)
        problems += contractProblems("bot", loaded: bot != nil, botBag.diagnostics, bytes: bytes)

        var scriptBag = DiagnosticBag()
        let scripts = ConversationLoader().load(bytes, file: file, into: &scriptBag)
        problems += contractProblems("conversation", loaded: scripts != nil, scriptBag.diagnostics, bytes: bytes)
        for script in scripts?.scripts ?? [] {
            let found = ConversationChecker().check(script, against: outline)
            problems += contractProblems("bot check", loaded: nil, found, bytes: bytes)
        }
        return problems
    }

    /// The ways one layer's answer breaks its contract; `loaded` is nil for a check without a result.
    private static func contractProblems(
        _ layer: String,
        loaded: Bool?,
        _ diagnostics: [Diagnostic],
        bytes: [UInt8]
    ) -> [String] {
        var problems: [String] = []
        let hasErrors = diagnostics.contains { $0.severity == .error }
        if let loaded, loaded == hasErrors {
            problems.append(
                "\(layer): loader returned \(loaded ? "a result" : "nothing") with \(hasErrors ? "" : "no ")errors")
        }
        let lines = bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        for diagnostic in diagnostics {
            let what = "\(layer): [\(diagnostic.code.id)] \(diagnostic.message)"
            guard let span = diagnostic.span else {
                problems.append("\(what): no position")
                continue
            }
            if span.file != file { problems.append("\(what): file '\(span.file)'") }
            let start = span.start
            if start.line < 1 || start.line > lines || start.column < 1 {
                problems.append("\(what): position \(start.line):\(start.column) outside a \(lines)-line file")
            }
            if diagnostic.message.isEmpty { problems.append("\(layer): [\(diagnostic.code.id)] empty message") }
        }
        return problems
    }
}
