import LexFacts
import LexModel
import MeetyDiagnostics

/// Writes a Lex bot (a console export, or a template read by `LexTemplates`) as a bot file in
/// meety-bot's format (`docs/bot-format.md`), conversation flows included.
///
/// The YAML compiles back to the same Lex model, element for element as `meety-bot diff` compares
/// them: what the format leaves to its defaults is left out, everything else is written. What the
/// format cannot express (several message groups, SSML and cards, prompt input settings, inactive
/// steps, Kendra and Bedrock intents, composite and grammar slot types, fulfillment updates...) is an
/// `import-not-expressible` warning at the entity it belongs to, saying what the YAML keeps instead.
public struct BotImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// The bot file for `export`, and the warnings.
    /// - Parameters:
    ///   - source: the source as the user named it, for the header and the warnings.
    ///   - sources: where each entity is (from a template); others are named by their export file.
    public func yaml(
        for export: LexBotExport, source: String, sources: LexSourceMap = [:], into bag: inout DiagnosticBag
    )
        -> String
    {
        var context = ImportContext(label: source, sources: sources)
        let bot = export.bot
        var root: [(String, YAMLOutline)] = [("name", .text(bot.name))]
        if let description = bot.description, !description.isEmpty { root.append(("description", .text(description))) }
        if bot.idleSessionTTLInSeconds != 300 {
            root.append(("idleSessionTTL", .plain("\(bot.idleSessionTTLInSeconds)")))
        }
        if bot.dataPrivacy.childDirected { root.append(("childDirected", .plain("true"))) }
        if bot.errorLogSettings != nil {
            context.lose(.bot, "errorLogSettings", "the bot format has no error log setting; it is not imported")
        }
        var locales: [(String, YAMLOutline)] = []
        for locale in export.locales { locales.append((locale.id, self.locale(locale, &context))) }
        root.append(("locales", .mapping(locales)))
        bag.append(contentsOf: context.bag)
        let header = "# Imported by meety-bot from \(source.replacingOccurrences(of: "\n", with: " ")).\n"
        return header + YAMLOutline.mapping(root).document()
    }

    private func locale(_ export: LexLocaleExport, _ context: inout ImportContext) -> YAMLOutline {
        let locale = export.locale
        var entries: [(String, YAMLOutline)] = []
        if let description = locale.description, !description.isEmpty {
            entries.append(("description", .text(description)))
        }
        if locale.nluConfidenceThreshold != 0.4 {
            entries.append(("confidenceThreshold", .plain(Self.number(locale.nluConfidenceThreshold))))
        }
        if let voice = locale.voiceSettings {
            entries.append(
                (
                    "voice",
                    voice.engine.map { .mapping([("id", .text(voice.voiceId)), ("engine", .text($0))]) }
                        ?? .text(voice.voiceId)
                ))
        }
        if !export.slotTypes.isEmpty {
            entries.append(
                ("slotTypes", .mapping(export.slotTypes.map { ($0.name, slotType($0, locale: export.id, &context)) })))
        }
        let fallback = export.fallbackIntent?.name
        var intents: [(String, YAMLOutline)] = []
        for intent in export.intents {
            var importer = IntentImporter(intent: intent, locale: export.id, fallbackIntent: fallback)
            intents.append((intent.name, importer.outline(&context)))
        }
        entries.append(("intents", .mapping(intents)))
        return .mapping(entries)
    }

    private func slotType(_ type: LexSlotType, locale: String, _ context: inout ImportContext) -> YAMLOutline {
        let entity = LexEntity.slotType(locale: locale, slotType: type.name)
        var entries: [(String, YAMLOutline)] = []
        if let description = type.description, !description.isEmpty {
            entries.append(("description", .text(description)))
        }
        let setting = type.valueSelectionSetting
        if setting?.advancedRecognitionSetting != nil {
            context.lose(
                entity, "valueSelectionSetting.advancedRecognitionSetting", "not expressible; it is not imported")
        }
        if type.compositeSlotTypeSetting != nil {
            context.lose(entity, "compositeSlotTypeSetting", "composite slot types are not in the bot format")
        }
        if type.externalSourceSetting != nil {
            context.lose(entity, "externalSourceSetting", "grammar slot types are not in the bot format")
        }
        if let regex = setting?.regexFilter {
            if type.parentSlotTypeSignature != "AMAZON.AlphaNumeric" {
                context.lose(
                    entity, "parentSlotTypeSignature",
                    "'\(type.parentSlotTypeSignature ?? "none")' beside a regex filter; the bot format compiles AMAZON.AlphaNumeric"
                )
            }
            if !(type.slotTypeValues ?? []).isEmpty {
                context.lose(entity, "slotTypeValues", "values beside a regex filter; only the regex is imported")
            }
            return .mapping(entries + [("regex", .text(ImportRegex.expressible(regex.pattern, entity, &context)))])
        }
        if let parent = type.parentSlotTypeSignature {
            context.lose(entity, "parentSlotTypeSignature", "'\(parent)' without a regex filter; it is not imported")
        }
        switch setting?.resolutionStrategy {
        case .topResolution: entries.append(("resolution", .text("top")))
        case .concatenation:
            context.lose(
                entity, "valueSelectionSetting.resolutionStrategy", "CONCATENATION; ORIGINAL_VALUE is imported")
        default: break
        }
        let values: [YAMLOutline] = (type.slotTypeValues ?? []).map { value in
            let synonyms = (value.synonyms ?? []).map(\.value)
            guard !synonyms.isEmpty else { return .text(value.sampleValue.value) }
            return .mapping([
                ("value", .text(value.sampleValue.value)), ("synonyms", .list(synonyms.map(YAMLOutline.text))),
            ])
        }
        if values.isEmpty { context.lose(entity, "slotTypeValues", "no values; the bot format needs at least one") }
        return .mapping(entries + [("values", .list(values))])
    }

    /// A number as the bot format reads it: `0.4`, `1`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
