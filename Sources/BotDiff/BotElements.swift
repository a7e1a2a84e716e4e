import LexModel
import MeetyDiagnostics

/// Reduces a Lex bot to its comparable elements (`BotElement`): the bot's settings, each locale,
/// custom slot type, value and synonym, and each intent with everything in it.
///
/// Works on the Lex model, so a YAML bot (compiled in memory), a console export and a template
/// compare alike; a locator adds the YAML positions. Defaults are filled in before values are
/// rendered (see `BotElement`), and settings the bot format does not speak of (identifiers,
/// versions, prompt attempt settings) are not elements.
public enum BotElements {
    /// The elements of `export`, in a stable order; with `locator`, each carries its YAML span.
    public static func extract(_ export: LexBotExport, locator: ElementLocator? = nil) -> [BotElement] {
        var collector = ElementCollector(locator: locator)
        collector.bot(export.bot)
        for locale in export.locales {
            collector.locale(locale)
        }
        return collector.elements
    }
}

/// Builds the element list of one bot.
struct ElementCollector {
    let locator: ElementLocator?
    var elements: [BotElement] = []

    init(locator: ElementLocator?) {
        self.locator = locator
    }

    /// Adds an element (its span from the locator).
    mutating func add(
        _ kind: BotElementKind, _ locale: String?, _ path: [String], _ label: String, _ value: String,
        _ exercise: BotExercise
    ) {
        let key = BotElementKey(locale: locale, path: path)
        elements.append(
            BotElement(
                kind: kind, locale: locale, path: path, label: label, value: value, exercise: exercise,
                span: locator?.span(key)))
    }

    mutating func bot(_ bot: LexBot) {
        add(.setting, nil, ["name"], "the bot's name", bot.name, .none)
        if let description = bot.description, !description.isEmpty {
            add(.setting, nil, ["description"], "the bot's description", description, .none)
        }
        add(
            .setting, nil, ["idleSessionTTL"], "the bot's idle session time-out", "\(bot.idleSessionTTLInSeconds) s",
            .none)
        add(
            .setting, nil, ["childDirected"], "the bot's childDirected flag", "\(bot.dataPrivacy.childDirected)",
            .none)
    }

    mutating func locale(_ export: LexLocaleExport) {
        let id = export.id
        let locale = export.locale
        add(.locale, id, [], "locale '\(id)'", "", .locale)
        add(
            .setting, id, ["confidenceThreshold"], "the confidence threshold of locale '\(id)'",
            BotElementText.number(locale.nluConfidenceThreshold), .locale)
        if let voice = locale.voiceSettings {
            let engine = voice.engine.map { " (\($0))" } ?? ""
            add(.setting, id, ["voice"], "the voice of locale '\(id)'", voice.voiceId + engine, .none)
        }
        if let description = locale.description, !description.isEmpty {
            add(.setting, id, ["description"], "the description of locale '\(id)'", description, .none)
        }
        for slotType in export.slotTypes { self.slotType(slotType, locale: id) }
        let fallback = export.fallbackIntent?.name
        for intent in export.intents {
            var builder = IntentElements(intent: intent, locale: id, fallbackIntent: fallback)
            builder.collect(into: &self)
        }
    }

    mutating func slotType(_ slotType: LexSlotType, locale id: String) {
        let name = slotType.name
        let path = ElementPath.slotType(name)
        let label = "slot type '\(name)'"
        let setting = slotType.valueSelectionSetting
        let value = BotElementText.join([
            setting.map { "resolution \($0.resolutionStrategy.rawValue)" },
            slotType.parentSlotTypeSignature.map { "parent \($0)" },
            setting?.regexFilter.map { "regex \($0.pattern)" },
            slotType.description.map { "description \"\($0)\"" },
        ])
        add(.slotType, id, path, label, value, .slotType(name))
        for entry in slotType.slotTypeValues ?? [] {
            let text = entry.sampleValue.value
            add(
                .slotTypeValue, id, path + ["value", text], "value '\(text)' of \(label)", "",
                .slotTypeValue(type: name, value: text))
            for synonym in entry.synonyms ?? [] {
                add(
                    .synonym, id, path + ["value", text, "synonym", synonym.value],
                    "synonym '\(synonym.value)' of value '\(text)' of \(label)", "",
                    .synonym(type: name, value: text, synonym: synonym.value))
            }
        }
    }
}
