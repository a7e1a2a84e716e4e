import CodeHooks
import LexFacts

/// Slot values that do not come from one answer: default values, multi-valued slots, and the
/// contexts an intent leaves behind.
extension DialogEngine {
    /// Fills each empty slot of `intent` that has default values with the first one that yields a
    /// value (lex-v2-flows §8): `#context.parameter` reads an active context, `[name]` a session
    /// attribute, `<name>` a request attribute, anything else is the value itself.
    func applyDefaultValues(_ active: inout ActiveIntent, of intent: RuntimeIntent, _ turn: inout TurnState) {
        for slot in intent.slots where !slot.flow.defaultValues.isEmpty && active.filledValue(slot.name) == nil {
            for source in slot.flow.defaultValues {
                guard let text = defaultValue(source, turn), !text.isEmpty else { continue }
                let value = SlotValue(originalValue: text, interpretedValue: text, resolvedValues: [text])
                active.set(slot.name, value, list: slot.flow.allowsMultipleValues ? [value] : nil)
                break
            }
        }
    }

    /// What one default value source yields now, if anything.
    private func defaultValue(_ source: String, _ turn: TurnState) -> String? {
        if source.count > 1, source.first == "#", let dot = source.firstIndex(of: ".") {
            let context = String(source[source.index(after: source.startIndex)..<dot])
            let parameter = String(source[source.index(after: dot)...])
            return turn.record.contexts.first { $0.name == context }?.attributes[parameter]
        }
        if source.count > 2, source.first == "[", source.last == "]" {
            return turn.record.attributes[String(source.dropFirst().dropLast())]
        }
        if source.count > 2, source.first == "<", source.last == ">" {
            return turn.requestAttributes?[String(source.dropFirst().dropLast())]
        }
        return source
    }

    /// Activates the output contexts of `intent`, with its filled slots as their attributes.
    func activateOutputContexts(of intent: RuntimeIntent, active: ActiveIntent, _ turn: inout TurnState) {
        let outputs = intent.flow.outputContexts
        guard !outputs.isEmpty else { return }
        var attributes: [String: String] = [:]
        for (name, value) in active.slots {
            if let interpreted = value.interpretedValue { attributes[name] = interpreted }
        }
        for output in outputs {
            turn.record.activate(SessionContext(output, attributes: attributes, now: turn.seconds))
        }
    }

    /// Turns the values an utterance captured for multi-valued slots into lists.
    func splitLists(_ active: inout ActiveIntent, of intent: RuntimeIntent, now: LocalDateTime) {
        for slot in intent.slots where slot.flow.allowsMultipleValues {
            guard let value = active.slots[slot.name] else { continue }
            let phrase = value.originalValue ?? value.interpretedValue ?? ""
            let values = listAnswer(for: slot, phrase, now: now) ?? [value]
            active.set(slot.name, ActiveIntent.listValue(values, phrase: phrase), list: values)
        }
    }

    /// The values of an answer to a multi-valued slot: the text split at commas and the word "and",
    /// each part resolved under the slot's type; `nil` unless every part resolves.
    func listAnswer(for slot: RuntimeSlot, _ text: String, now: LocalDateTime) -> [SlotValue]? {
        var parts: [String] = []
        for chunk in text.split(separator: ",") {
            var current: [Substring] = []
            for word in chunk.split(whereSeparator: \.isWhitespace) {
                if word.lowercased() == "and" {
                    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        guard !parts.isEmpty else { return nil }
        var values: [SlotValue] = []
        for part in parts {
            let value = nlu.resolve(slot.type, part, now: now)
            guard value.interpretedValue != nil else { return nil }
            values.append(value)
        }
        return values
    }
}

extension ActiveIntent {
    /// The whole value of a multi-valued slot said as `phrase` (Lex reports the phrase as the
    /// slot's own value, and messages say it).
    static func listValue(_ values: [SlotValue], phrase: String) -> SlotValue {
        let text = phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return listValue(values) }
        return SlotValue(originalValue: text, interpretedValue: text, resolvedValues: [text])
    }
}
