import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// Every locale key is a Lex V2 locale id, so Lex can build the locale.
    public static let localesAreLexLocales = ValidationRule("localesAreLexLocales", code: .unknownLocale) { bot, bag in
        for locale in bot.locales where !LexLocale.ids.contains(locale.id.value) {
            let hint = Suggestions.hint(for: locale.id.value, among: LexLocale.ids)
            bag.error(
                .unknownLocale,
                "locale '\(locale.id.value)' is not a Lex V2 locale id such as en_US\(hint)",
                at: locale.id.span
            )
        }
    }

    /// A locale's voice names a Polly engine Lex accepts (`standard`, `neural`, `long-form`, `generative`).
    public static let voiceEnginesAreKnown = ValidationRule(
        "voiceEnginesAreKnown",
        code: .unknownVoiceEngine
    ) { bot, bag in
        for locale in bot.locales {
            guard let engine = locale.voice?.engine, !LexCatalog.voiceEngines.contains(engine.value) else { continue }
            let hint = Suggestions.hint(for: engine.value, among: LexCatalog.voiceEngines)
            let known = LexCatalog.voiceEngines.joined(separator: ", ")
            bag.error(
                .unknownVoiceEngine,
                "voice engine '\(engine.value)' of locale '\(locale.id.value)' is not one of \(known)\(hint)",
                at: engine.span
            )
        }
    }

    /// The bot's `codeHook` is a spec the simulator can run.
    public static let codeHookIsKnown = ValidationRule("codeHookIsKnown", code: .unknownCodeHook) { bot, bag in
        guard let setting = bot.codeHook else { return }
        let spec = setting.spec
        if case .failure(let error) = CodeHookSpecText.parse(spec.value) {
            let hint =
                error.isUnknownName ? Suggestions.hint(for: spec.value, among: CodeHookSpecText.builtInNames) : ""
            let known = error.isUnknownName ? "; the simulator runs \(CodeHookSpecText.forms)" : ""
            bag.error(.unknownCodeHook, "code hook '\(spec.value)' \(error.problem)\(known)\(hint)", at: spec.span)
        }
    }

    /// The `env` names of the bot's `codeHook` are variables a Lambda function may set (Lambda reserves
    /// its own, such as `AWS_REGION` and `_HANDLER`).
    public static let codeHookEnvironmentIsValid = ValidationRule(
        "codeHookEnvironmentIsValid", code: .invalidHookEnvironment
    ) { bot, bag in
        for variable in bot.codeHook?.environment ?? [] {
            if let problem = LambdaEnvironment.problem(withName: variable.name.value) {
                bag.error(
                    .invalidHookEnvironment, "environment variable '\(variable.name.value)' of 'codeHook' \(problem)",
                    at: variable.name.span)
            }
        }
    }

    /// Intents enable code hooks only when the bot names a `codeHook` to run them.
    ///
    /// A warning: the bot still compiles (the Lambda is attached to the alias at deploy time), but
    /// `meety-bot test` would run the intent without its hooks, which is rarely what was meant.
    public static let hooksHaveACodeHook = ValidationRule(
        "hooksHaveACodeHook",
        code: .hookWithoutCodeHook
    ) { bot, bag in
        guard bot.codeHook == nil else { return }
        for locale in bot.locales {
            for intent in locale.intents {
                for (flag, what) in [(intent.dialogHook, "dialogHook"), (intent.fulfillmentHook, "fulfillmentHook")] {
                    guard let flag, flag.value else { continue }
                    bag.warning(
                        .hookWithoutCodeHook,
                        "intent '\(intent.name.value)' enables \(what), but the bot names no 'codeHook'; "
                            + "the simulator runs the intent without hooks",
                        at: flag.span
                    )
                }
            }
        }
    }

    /// Descriptions fit Lex's 2,000-character limit.
    public static let descriptionsFitLexLimit = ValidationRule(
        "descriptionsFitLexLimit",
        code: .descriptionTooLong
    ) { bot, bag in
        func check(_ description: Located<String>?, of subject: String) {
            guard let description else { return }
            let length = description.value.utf16.count
            guard length > LexLimits.descriptionLength else { return }
            bag.error(
                .descriptionTooLong,
                "description of \(subject) is \(length) characters long, "
                    + "more than Lex's limit of \(LexLimits.descriptionLength)",
                at: description.span
            )
        }
        check(bot.description, of: "the bot")
        for locale in bot.locales {
            check(locale.description, of: "locale '\(locale.id.value)'")
            for slotType in locale.slotTypes {
                check(slotType.description, of: "slot type '\(slotType.name.value)'")
            }
            for intent in locale.intents {
                check(intent.description, of: "intent '\(intent.name.value)'")
                for slot in intent.slots {
                    check(slot.description, of: "slot '\(slot.name.value)' of intent '\(intent.name.value)'")
                }
            }
        }
    }
}
