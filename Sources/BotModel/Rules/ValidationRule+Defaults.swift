import LexConditions
import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// A slot's default values fit Lex's limits (1 to 10 values of 1 to 202 characters) and each
    /// constant is a value of the slot's type.
    ///
    /// A default is a session attribute (`[name]`), a request attribute (`<name>`), a context
    /// parameter (`#context.parameter`) or a constant. References are not checked against types
    /// (their values are only known at run time), but `#` must be followed by `context.parameter`.
    /// A constant must read as the slot's kind for number, date, time and duration slots (as
    /// conditions read them, docs/conditions.md), be a listed value of a custom type resolved with
    /// `top` (not a synonym: the default becomes the slot's value as written), and match a regex
    /// type's pattern.
    public static let defaultValuesFitSlotTypes = ValidationRule(
        "defaultValuesFitSlotTypes",
        code: .invalidDefaultValue
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for slot in intent.slots where !slot.defaultValues.isEmpty {
                    let subject = "slot '\(slot.name.value)' of intent '\(intent.name.value)'"
                    if slot.defaultValues.count > LexLimits.defaultValuesPerSlot {
                        bag.error(
                            .invalidDefaultValue,
                            "\(subject) has \(slot.defaultValues.count) default values, more than Lex's "
                                + "\(LexLimits.defaultValuesPerSlot)",
                            at: slot.defaultValues[LexLimits.defaultValuesPerSlot].span)
                    }
                    let slotType = locale.slotTypes.first { $0.name.value == slot.type.value }
                    for value in slot.defaultValues {
                        if let problem = defaultValueProblem(value.value, slotType: slot.type.value, custom: slotType) {
                            bag.error(
                                .invalidDefaultValue, "default value '\(value.value)' of \(subject) \(problem)",
                                at: value.span)
                        }
                    }
                }
            }
        }
    }

    /// Why `value` cannot be a default of a slot of type `slotType`, or `nil` when it can.
    private static func defaultValueProblem(_ value: String, slotType: String, custom: SlotTypeDefinition?)
        -> String?
    {
        let length = value.utf16.count
        if value.isBlank { return "is empty" }
        if length > LexLimits.defaultValueLength {
            return "is \(length) characters long, more than Lex's \(LexLimits.defaultValueLength)"
        }
        if value.hasPrefix("[") && value.hasSuffix("]") || value.hasPrefix("<") && value.hasSuffix(">") {
            return nil
        }
        if value.hasPrefix("#") {
            let parts = value.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
                return "starts with '#' but is not a context parameter '#context.parameter'"
            }
            return nil
        }
        let kind = ConditionValueKind(slotType: slotType)
        if !kind.reads(value) {
            return "is not a value of type '\(slotType)' (\(kindDescription(kind)))"
        }
        switch custom?.kind {
        case .values(_, let values)? where custom?.resolution == .top:
            let folded = value.lowercased()
            if values.contains(where: { $0.value.value.lowercased() == folded }) { return nil }
            if let owner = values.first(where: { $0.synonyms.contains { $0.value.lowercased() == folded } }) {
                return "is a synonym of '\(owner.value.value)' in slot type '\(slotType)'; a default is the "
                    + "slot's value as written, so write '\(owner.value.value)'"
            }
            let hint = Suggestions.hint(for: value, among: values.map(\.value.value))
            return "is not a value of slot type '\(slotType)', which accepts only its listed values\(hint)"
        case .regex(let pattern)?:
            guard let regex = try? SlotRegex(pattern.value) else { return nil }
            if value.unicodeScalars.count > SlotRegex.maximumValueLength || !regex.matches(value) {
                return "does not match the pattern '\(pattern.value)' of slot type '\(slotType)'"
            }
            return nil
        default:
            return nil
        }
    }

    private static func kindDescription(_ kind: ConditionValueKind) -> String {
        switch kind {
        case .number: "a number such as 30"
        case .date: "a date such as 2026-11-23"
        case .time: "a time such as 14:30"
        case .duration: "an ISO 8601 duration such as PT30M"
        case .text, .untyped: "text"
        }
    }
}
