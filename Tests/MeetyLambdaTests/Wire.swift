import CodeHooks
import Foundation
import Testing

/// Calls a hook the way a Lambda host does: the event goes through JSON on the way in and the
/// response on the way out, and the response must satisfy Lex's rules for its dialog action.
enum Wire {
    static func call(
        _ hook: some CodeHook,
        _ event: CodeHookEvent,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> WireResult {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoded = try JSONDecoder().decode(CodeHookEvent.self, from: try encoder.encode(event))
        let response = try await hook.handle(decoded)
        let json = try encoder.encode(response)
        let result = WireResult(
            response: try JSONDecoder().decode(CodeHookResponse.self, from: json),
            object: try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]))
        checkLexRules(result.response, sourceLocation: sourceLocation)
        return result
    }

    /// The response requirements of lex-v2-facts §4.2.
    static func checkLexRules(_ response: CodeHookResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        let action = response.sessionState.dialogAction
        #expect(action != nil, "dialogAction is required", sourceLocation: sourceLocation)
        for message in response.messages ?? [] {
            #expect(message.contentType == "PlainText", sourceLocation: sourceLocation)
            #expect(!(message.content ?? "").isEmpty, "empty message", sourceLocation: sourceLocation)
        }
        switch action?.type {
        case .elicitSlot?:
            #expect(action?.slotToElicit != nil, sourceLocation: sourceLocation)
            #expect(response.sessionState.intent?.name != nil, sourceLocation: sourceLocation)
        case .close?:
            #expect(
                response.sessionState.intent?.state.map { [.failed, .fulfilled, .inProgress].contains($0) } == true,
                "Close needs an intent with state Failed, Fulfilled or InProgress", sourceLocation: sourceLocation)
        case .elicitIntent?, .confirmIntent?:
            #expect(!(response.messages ?? []).isEmpty, "needs a message", sourceLocation: sourceLocation)
        case .delegate?:
            break
        default:
            Issue.record("unexpected dialog action \(String(describing: action))", sourceLocation: sourceLocation)
        }
    }
}
