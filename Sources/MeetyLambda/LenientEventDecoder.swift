import CodeHooks
import Foundation

/// Decodes a Lex V2 code-hook event from JSON, repairing what a strict decoder would reject.
///
/// A Lambda must answer every event; a decoding error is a failed turn for the user. The original
/// LexLambda crashed on events without `sessionId` or with odd slot values. This decoder first
/// tries the strict `Codable` form; if that fails it fills required fields that are absent or of
/// the wrong type with neutral values (`sessionId` "", no interpretations, an unknown invocation
/// source read as `DialogCodeHook`, which only ever leads to a `Delegate` or a re-prompt), sets
/// slots that cannot be read to `null`, and drops optional parts that cannot be read.
public enum LenientEventDecoder {
    /// The event, or `nil` when the bytes are not a JSON object at all.
    public static func decode(_ data: Data) -> CodeHookEvent? {
        if let event = try? JSONDecoder().decode(CodeHookEvent.self, from: data) { return event }
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let root = object as? [String: Any],
            let repaired = try? JSONSerialization.data(withJSONObject: repair(root))
        else { return nil }
        return try? JSONDecoder().decode(CodeHookEvent.self, from: repaired)
    }

    private static func repair(_ root: [String: Any]) -> [String: Any] {
        var event = root
        event["messageVersion"] = root["messageVersion"] as? String ?? "1.0"
        event["invocationSource"] = oneOf(root["invocationSource"], InvocationSource.allCases.map(\.rawValue))
        event["inputMode"] = oneOf(root["inputMode"], InputMode.allCases.map(\.rawValue))
        event["responseContentType"] = root["responseContentType"] as? String ?? "text/plain; charset=utf-8"
        event["sessionId"] = root["sessionId"] as? String ?? ""
        event["inputTranscript"] = root["inputTranscript"] as? String ?? ""
        event["invocationLabel"] = root["invocationLabel"] as? String
        let bot = root["bot"] as? [String: Any] ?? [:]
        event["bot"] = Dictionary(
            uniqueKeysWithValues: ["id", "name", "localeId", "version", "aliasId", "aliasName"].map {
                ($0, bot[$0] as? String ?? "")
            })
        event["interpretations"] = (root["interpretations"] as? [Any] ?? []).filter {
            readable(Interpretation.self, $0)
        }
        event["proposedNextState"] = kept(ProposedNextState.self, root["proposedNextState"])
        event["requestAttributes"] = kept([String: String].self, root["requestAttributes"])
        event["transcriptions"] = kept([Transcription].self, root["transcriptions"])
        event["sessionState"] = repairSessionState(root["sessionState"] as? [String: Any] ?? [:])
        return event
    }

    private static func repairSessionState(_ state: [String: Any]) -> [String: Any] {
        var repaired: [String: Any] = [:]
        repaired["activeContexts"] = kept([ActiveContext].self, state["activeContexts"])
        repaired["sessionAttributes"] = (state["sessionAttributes"] as? [String: Any])?.compactMapValues {
            $0 as? String
        }
        repaired["dialogAction"] = kept(DialogAction.self, state["dialogAction"])
        repaired["originatingRequestId"] = state["originatingRequestId"] as? String
        if let intent = state["intent"] as? [String: Any], let name = intent["name"] as? String {
            var fixed: [String: Any] = ["name": name]
            fixed["state"] = intent["state"] as? String
            fixed["confirmationState"] = intent["confirmationState"] as? String
            if let slots = intent["slots"] as? [String: Any] {
                fixed["slots"] = slots.mapValues { readable(Slot.self, $0) ? $0 : NSNull() }
            }
            repaired["intent"] = fixed
        }
        return repaired
    }

    private static func oneOf(_ value: Any?, _ allowed: [String]) -> String {
        if let text = value as? String, allowed.contains(text) { return text }
        return allowed[0]
    }

    private static func kept<T: Decodable>(_ type: T.Type, _ value: Any?) -> Any? {
        guard let value, readable(type, value) else { return nil }
        return value
    }

    private static func readable<T: Decodable>(_ type: T.Type, _ value: Any) -> Bool {
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
        else { return false }
        return (try? JSONDecoder().decode(type, from: data)) != nil
    }
}
