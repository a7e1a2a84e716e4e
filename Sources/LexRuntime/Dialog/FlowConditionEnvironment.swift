import CodeHooks
import LexConditions

/// What conditions and set-value references read during a turn: the current intent's slots (typed
/// by their slot types), the session and request attributes, and the turn's input for `$.` paths.
struct FlowConditionEnvironment: ConditionEnvironment {
    let active: ActiveIntent
    let intent: RuntimeIntent
    let attributes: [String: String]
    let requestAttributes: [String: String]
    let inputTranscript: String

    init(active: ActiveIntent, intent: RuntimeIntent, turn: TurnState) {
        self.active = active
        self.intent = intent
        attributes = turn.record.attributes
        requestAttributes = turn.requestAttributes ?? [:]
        inputTranscript = turn.text
    }

    /// The slot's value, typed by its slot type; multi-valued slots with their list of values.
    func slot(named name: String) -> ConditionSlotValue? {
        guard let value = active.slots[name] else { return nil }
        let kind = ConditionValueKind(slotType: intent.slot(name)?.type ?? "")
        func scalar(_ value: SlotValue) -> ConditionSlotValue {
            ConditionSlotValue(
                kind: kind, originalValue: value.originalValue, interpretedValue: value.interpretedValue,
                resolvedValues: value.resolvedValues ?? [])
        }
        guard let items = active.lists?[name] else { return scalar(value) }
        var list = scalar(value)
        list.values = items.map(scalar)
        list.isList = true
        return list
    }

    func sessionAttribute(named name: String) -> String? { attributes[name] }

    func requestAttribute(named name: String) -> String? { requestAttributes[name] }

    /// `$.inputMode` (always `Text`: the simulator takes typed text) and `$.inputTranscript`;
    /// `$.transcriptions[0].transcription` is the text too. Text input has no transcription
    /// confidence, so that path reads nothing.
    func inputValue(at path: ConditionPath) -> String? {
        let components = path.components
        if components == [.member("inputMode")] { return "Text" }
        if components == [.member("inputTranscript")]
            || components == [.member("transcriptions"), .index(0), .member("transcription")]
        {
            return inputTranscript
        }
        return nil
    }

    /// The value a set-value text stands for: `{Slot}` reads a slot's interpreted value,
    /// `[attribute]` a session attribute, `$.path` the input; anything else is a constant.
    /// `nil` when the reference reads nothing.
    func reference(_ text: String) -> String? {
        if text.count > 2, text.first == "{", text.last == "}" {
            return active.filledValue(String(text.dropFirst().dropLast()))?.interpretedValue
        }
        if text.count > 2, text.first == "[", text.last == "]" {
            return attributes[String(text.dropFirst().dropLast())]
        }
        if text.hasPrefix("$."), let path = Self.path(text) {
            return inputValue(at: path)
        }
        return text
    }

    /// A `$.` path with `.member` and `[index]` steps, or `nil` when it is not one.
    static func path(_ text: String) -> ConditionPath? {
        var components: [ConditionPath.Component] = []
        var rest = Substring(text.dropFirst(1))
        while let first = rest.first {
            if first == "." {
                let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard !name.isEmpty else { return nil }
                components.append(.member(String(name)))
                rest = rest.dropFirst(1 + name.count)
            } else if first == "[" {
                let digits = rest.dropFirst().prefix(while: \.isNumber)
                guard let index = Int(digits), rest.dropFirst(1 + digits.count).first == "]" else { return nil }
                components.append(.index(index))
                rest = rest.dropFirst(2 + digits.count)
            } else {
                return nil
            }
        }
        return components.isEmpty ? nil : ConditionPath(components)
    }
}
