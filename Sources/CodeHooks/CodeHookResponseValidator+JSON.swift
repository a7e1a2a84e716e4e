import Foundation

extension CodeHookResponseValidator {
    /// Validates a response given as JSON, as a Lambda function or external process returns it.
    ///
    /// Shape problems the Swift types cannot represent come first and are all reported: a missing
    /// `sessionState`, a `dialogAction` without `type`, session attribute values that are not
    /// strings. Any other decoding failure is one `malformedResponse` naming the field. If the JSON
    /// decodes, the result is the decoded response and the problems of `validate(_:)`.
    public func validate(json data: Data) -> (response: CodeHookResponse?, problems: [CodeHookResponseProblem]) {
        let document: JSONValue
        do {
            document = try CodeHookJSON.decode(JSONValue.self, from: data)
        } catch {
            return (nil, [.init(kind: .malformedResponse, path: "", message: error.message)])
        }
        let shapeProblems = Self.shapeProblems(document)
        guard shapeProblems.isEmpty else { return (nil, shapeProblems) }
        do {
            let response = try CodeHookJSON.decodeResponse(data)
            return (response, validate(response))
        } catch {
            return (nil, [.init(kind: .malformedResponse, path: error.path, message: error.message)])
        }
    }

    /// The rules checked on the raw document, before typed decoding would stop at the first.
    private static func shapeProblems(_ document: JSONValue) -> [CodeHookResponseProblem] {
        guard case .object = document else { return [] }
        guard let state = document["sessionState"], state != .null else {
            return [.init(kind: .missingSessionState, path: "sessionState", message: "missing field sessionState")]
        }
        var problems: [CodeHookResponseProblem] = []
        if let action = document["sessionState"]?["dialogAction"], case .object = action,
            action["type"] == nil || action["type"] == .null
        {
            problems.append(
                .init(
                    kind: .missingDialogActionType,
                    path: "sessionState.dialogAction.type",
                    message: "missing field sessionState.dialogAction.type"
                )
            )
        }
        if case .object(let attributes) = state["sessionAttributes"] ?? .null {
            for key in attributes.keys.sorted() {
                guard let value = attributes[key] else { continue }
                if case .string = value { continue }
                problems.append(
                    .init(
                        kind: .nonStringSessionAttribute,
                        path: "sessionState.sessionAttributes.\(key)",
                        message: "session attribute '\(key)' must be a string, found \(value.kindDescription)"
                    )
                )
            }
        }
        return problems
    }
}
