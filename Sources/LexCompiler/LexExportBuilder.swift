import BotModel
import LexFacts
import LexModel

/// Translates a validated bot definition into the Lex export model (DESIGN §4).
///
/// The translation is a pure function of the definition: identifiers come from entity paths and
/// every collection keeps author order, so the same YAML always gives the same export. Output
/// follows real console exports: fallback intent `FALLBCKINT`, `slotPriorities` 1...n in author
/// order, `slotConstraint` inside `valueElicitationSetting`, the console's default prompt
/// attempts, and `StartIntent` of the fallback intent when a slot or a confirmation runs out of
/// retries. `docs/compiled-output.md` lists what each YAML construct becomes.
public struct LexExportBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The export of `bot`.
    public func export(for bot: ValidatedBot) -> LexBotExport {
        export(for: bot.definition)
    }

    /// The export of a definition. Internal: callers go through `ValidatedBot`, so only checked
    /// definitions are compiled; tests use it to build edge cases directly.
    func export(for definition: BotDefinition) -> LexBotExport {
        var identifiers = LexIdentifiers()
        let botName = definition.name.value
        let bot = LexBot(
            name: botName,
            version: "DRAFT",
            description: definition.description?.value,
            identifier: identifiers.identifier(for: botName),
            dataPrivacy: LexDataPrivacy(childDirected: definition.childDirected.value),
            idleSessionTTLInSeconds: definition.idleSessionTTL.value
        )
        let locales = definition.locales.map { locale in
            self.locale(locale, bot: botName, identifiers: &identifiers)
        }
        return LexBotExport(manifest: .bot, bot: bot, locales: locales)
    }

    private func locale(
        _ locale: LocaleDefinition,
        bot: String,
        identifiers: inout LexIdentifiers
    ) -> LexLocaleExport {
        let localeId = locale.id.value
        let folder = "\(bot)/BotLocales/\(localeId)"
        let voice = locale.voice.map { LexVoiceSettings(voiceId: $0.id.value, engine: $0.engine?.value) }
        let botLocale = LexBotLocale(
            name: LexLocale.named(localeId)?.displayName ?? localeId,
            identifier: localeId,
            description: locale.description?.value,
            voiceSettings: voice,
            nluConfidenceThreshold: locale.confidenceThreshold.value
        )
        let fallbackName = locale.intents.first(where: \.isFallback)?.name.value ?? "FallbackIntent"
        let intents = locale.intents.map { intent in
            IntentTranslation(intent: intent, fallbackIntent: fallbackName, folder: "\(folder)/Intents")
                .export(identifiers: &identifiers)
        }
        let slotTypes = locale.slotTypes.map { slotType in
            self.slotType(
                slotType, identifier: identifiers.identifier(for: "\(folder)/SlotTypes/\(slotType.name.value)"))
        }
        return LexLocaleExport(locale: botLocale, intents: intents, slotTypes: slotTypes)
    }

    /// A custom slot type: listed values (synonyms `null` when there are none, never `[]`) with
    /// their resolution, or a regex over `AMAZON.AlphaNumeric` resolved as `ORIGINAL_VALUE`.
    private func slotType(_ slotType: SlotTypeDefinition, identifier: String) -> LexSlotType {
        switch slotType.kind {
        case .values(_, let values):
            let entries = values.map { value in
                LexSlotTypeValue(
                    sampleValue: LexTextValue(value: value.value.value),
                    synonyms: value.synonyms.isEmpty ? nil : value.synonyms.map { LexTextValue(value: $0.value) }
                )
            }
            let strategy: LexResolutionStrategy = slotType.resolution == .top ? .topResolution : .originalValue
            return LexSlotType(
                name: slotType.name.value,
                identifier: identifier,
                description: slotType.description?.value,
                slotTypeValues: entries.isEmpty ? nil : entries,
                valueSelectionSetting: LexValueSelectionSetting(resolutionStrategy: strategy)
            )
        case .regex(let pattern):
            return LexSlotType(
                name: slotType.name.value,
                identifier: identifier,
                description: slotType.description?.value,
                parentSlotTypeSignature: Self.regexParent,
                valueSelectionSetting: LexValueSelectionSetting(
                    resolutionStrategy: .originalValue,
                    regexFilter: LexRegexFilter(pattern: pattern.value)
                )
            )
        }
    }

    /// The built-in type a regex slot type extends; Lex supports no other parent for a regex.
    static let regexParent = "AMAZON.AlphaNumeric"
}
