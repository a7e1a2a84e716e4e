import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// Every slot's type is a built-in slot type or a slot type of the slot's own locale.
    ///
    /// Reported at the type, with a did-you-mean hint over the built-ins and the locale's types; a
    /// type defined only in another locale says so, since slot types are per locale in Lex.
    public static let slotTypesAreDefined = ValidationRule(
        "slotTypesAreDefined",
        code: .undefinedSlotType
    ) { bot, bag in
        var localesByType: [String: [String]] = [:]
        for locale in bot.locales {
            for slotType in locale.slotTypes { localesByType[slotType.name.value, default: []].append(locale.id.value) }
        }
        for locale in bot.locales {
            let custom = locale.slotTypes.map(\.name.value)
            let known = Set(custom).union(LexBuiltIns.slotTypes)
            for intent in locale.intents {
                for slot in intent.slots where !known.contains(slot.type.value) {
                    let type = slot.type.value
                    var hint = Suggestions.hint(for: type, among: custom + LexBuiltIns.slotTypes)
                    if hint.isEmpty, LexBuiltIns.slotTypes.contains("AMAZON.\(type)") {
                        hint = " (did you mean 'AMAZON.\(type)'?)"
                    }
                    if let elsewhere = localesByType[type]?.first {
                        hint +=
                            "; '\(type)' is a slot type of locale '\(elsewhere)', and slot types belong to one locale"
                    }
                    bag.error(
                        .undefinedSlotType,
                        "slot '\(slot.name.value)' of intent '\(intent.name.value)' has type '\(type)', which is "
                            + "neither a built-in slot type nor a slot type of locale '\(locale.id.value)'\(hint)",
                        at: slot.type.span
                    )
                }
            }
        }
    }

    /// Built-in slot types are used only in locales that offer them (AMAZON.UKPostalCode only in
    /// en_GB; AMAZON.AlphaNumeric, and so regex slot types, not in ko_KR).
    public static let slotTypesAreAvailableInLocale = ValidationRule(
        "slotTypesAreAvailableInLocale",
        code: .slotTypeUnavailableInLocale
    ) { bot, bag in
        for locale in bot.locales {
            let id = locale.id.value
            for slotType in locale.slotTypes {
                guard case .regex = slotType.kind,
                    let reason = unavailability(of: LexBuiltIns.regexParentSlotType, in: id)
                else { continue }
                bag.error(
                    .slotTypeUnavailableInLocale,
                    "regex slot type '\(slotType.name.value)' builds on \(LexBuiltIns.regexParentSlotType), \(reason)",
                    at: slotType.name.span
                )
            }
            for intent in locale.intents {
                for slot in intent.slots {
                    guard let reason = unavailability(of: slot.type.value, in: id) else { continue }
                    bag.error(
                        .slotTypeUnavailableInLocale,
                        "slot '\(slot.name.value)' of intent '\(intent.name.value)' has type \(slot.type.value), \(reason)",
                        at: slot.type.span
                    )
                }
            }
        }
    }

    /// Why built-in `type` cannot be used in `locale`, or `nil` when it can.
    private static func unavailability(of type: String, in locale: String) -> String? {
        if let only = LexBuiltIns.slotTypesOnlyIn[type], !only.contains(locale) {
            return "which Lex offers only in \(only.joined(separator: ", ")), not in locale '\(locale)'"
        }
        if let missing = LexBuiltIns.slotTypesMissingIn[type], missing.contains(locale) {
            return "which Lex does not offer in locale '\(locale)'"
        }
        return nil
    }
}
