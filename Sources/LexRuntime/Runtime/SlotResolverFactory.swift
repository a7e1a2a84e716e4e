import CodeHooks

/// Builds the slot resolution function of a locale (TEMPORARY: replaced by the built-in resolvers).
enum SlotResolverFactory {
    static func resolver(for locale: RuntimeLocale) -> @Sendable (String, String, LocalDateTime) -> SlotValue {
        let types = locale.slotTypes
        return { type, text, _ in
            if let custom = types[type] {
                let lowered = text.lowercased()
                for value in custom.values where value.value.lowercased() == lowered || value.synonyms.contains(where: { $0.lowercased() == lowered }) {
                    return SlotValue(originalValue: text, interpretedValue: value.value, resolvedValues: [value.value])
                }
                return SlotValue(originalValue: text, interpretedValue: custom.strategy == .originalValue ? text : nil, resolvedValues: [])
            }
            if type == "AMAZON.Confirmation" {
                switch text.lowercased() {
                case "yes": return SlotValue(originalValue: text, interpretedValue: "Yes", resolvedValues: ["Yes"])
                case "no": return SlotValue(originalValue: text, interpretedValue: "No", resolvedValues: ["No"])
                default: return SlotValue(originalValue: text, interpretedValue: nil, resolvedValues: [])
                }
            }
            let single = !text.contains(" ")
            return SlotValue(originalValue: text, interpretedValue: single ? text : nil, resolvedValues: single ? [text] : [])
        }
    }
}
