import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// Custom slot types avoid names Lex reserves (`Confirmation`, an error since 2023-08-17) and
    /// names of other built-in slot types (a warning: `type: Date` would silently mean the custom type).
    public static let slotTypeNamesAreNotReserved = ValidationRule(
        "slotTypeNamesAreNotReserved",
        code: .reservedSlotTypeName
    ) { bot, bag in
        var builtInsBySuffix: [String: String] = [:]
        for builtIn in LexBuiltIns.slotTypes {
            builtInsBySuffix[String(builtIn.dropFirst("AMAZON.".count)).lowercased()] = builtIn
        }
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                let name = slotType.name.value
                if LexBuiltIns.reservedSlotTypeNames.contains(name) {
                    bag.error(
                        .reservedSlotTypeName,
                        "slot type name '\(name)' is reserved by Lex for the built-in AMAZON.\(name); rename the slot type",
                        at: slotType.name.span
                    )
                } else if let builtIn = builtInsBySuffix[name.lowercased()] {
                    bag.warning(
                        .reservedSlotTypeName,
                        "slot type '\(name)' is named like the built-in \(builtIn); "
                            + "a slot with type '\(name)' gets this custom type, which is easily confused with \(builtIn)",
                        at: slotType.name.span
                    )
                }
            }
        }
    }

    /// A values slot type has 1 to 10,000 values and synonyms together (Lex rejects an empty list).
    public static let slotTypeValueCountsFitLexLimits = ValidationRule(
        "slotTypeValueCountsFitLexLimits",
        code: .slotTypeValueCount
    ) { bot, bag in
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                guard case .values(_, let values) = slotType.kind else { continue }
                let name = slotType.name.value
                if values.isEmpty {
                    bag.error(
                        .slotTypeValueCount,
                        "slot type '\(name)' has no values; Lex needs at least one",
                        at: slotType.span
                    )
                    continue
                }
                let entries = slotType.entries
                guard entries.count > LexLimits.valuesPerSlotType else { continue }
                bag.error(
                    .slotTypeValueCount,
                    "slot type '\(name)' has \(entries.count) values and synonyms, "
                        + "more than Lex's limit of \(LexLimits.valuesPerSlotType)",
                    at: entries[LexLimits.valuesPerSlotType].text.span
                )
            }
        }
    }

    /// Slot type values and synonyms have text (Lex needs 1 to 140 characters).
    public static let slotValuesAreNotEmpty = ValidationRule(
        "slotValuesAreNotEmpty",
        code: .emptySlotValue
    ) { bot, bag in
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                for entry in slotType.entries where entry.text.value.isBlank {
                    bag.error(
                        .emptySlotValue,
                        "\(entry.role) of slot type '\(slotType.name.value)' is empty",
                        at: entry.text.span
                    )
                }
            }
        }
    }

    /// Slot type values and synonyms fit Lex's 140 characters.
    public static let slotValuesFitLexLength = ValidationRule(
        "slotValuesFitLexLength",
        code: .slotValueTooLong
    ) { bot, bag in
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                for entry in slotType.entries {
                    let length = entry.text.value.utf16.count
                    guard length > LexLimits.slotValueLength else { continue }
                    bag.error(
                        .slotValueTooLong,
                        "\(entry.role) of slot type '\(slotType.name.value)' is \(length) characters long, "
                            + "more than Lex's limit of \(LexLimits.slotValueLength)",
                        at: entry.text.span
                    )
                }
            }
        }
    }

    /// A slot type lists each value and synonym once (ignoring case and spacing).
    ///
    /// A warning: Lex accepts the bot, but a synonym listed under two values resolves to only one
    /// of them, and a repeated value is noise.
    public static let slotValuesAreUnique = ValidationRule(
        "slotValuesAreUnique",
        code: .duplicateSlotValue
    ) { bot, bag in
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                var first: [String: SlotTypeEntry] = [:]
                for entry in slotType.entries where !entry.text.value.isBlank {
                    let key = UtteranceKey.normalized(entry.text.value)
                    guard let earlier = first[key] else {
                        first[key] = entry
                        continue
                    }
                    bag.warning(
                        .duplicateSlotValue,
                        "\(entry.role) of slot type '\(slotType.name.value)' repeats \(earlier.role)",
                        at: entry.text.span,
                        notes: [Diagnostic.Note("\(earlier.role) is listed here", at: earlier.text.span)]
                    )
                }
            }
        }
    }
}

/// A value or synonym of a slot type, named for messages.
struct SlotTypeEntry {
    /// The text.
    var text: Located<String>
    /// The value this text is a synonym of; `nil` when the text is the value itself.
    var synonymOf: String?

    /// `value "30"` or `synonym "thirty" of value '30'`, for messages (built only when one is
    /// reported: a large bot has tens of thousands of entries and no findings).
    var role: String {
        guard let value = synonymOf else { return "value \(TextSite.quote(text.value))" }
        return "synonym \(TextSite.quote(text.value)) of value '\(value)'"
    }
}

extension SlotTypeDefinition {
    /// Every value and synonym in author order; empty for regex slot types.
    var entries: [SlotTypeEntry] {
        guard case .values(_, let values) = kind else { return [] }
        var result: [SlotTypeEntry] = []
        for value in values {
            result.append(SlotTypeEntry(text: value.value, synonymOf: nil))
            for synonym in value.synonyms {
                result.append(SlotTypeEntry(text: synonym, synonymOf: value.value.value))
            }
        }
        return result
    }
}
