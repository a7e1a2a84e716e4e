import Foundation

/// The one structured log line written per invocation: a JSON object on a single line, which
/// CloudWatch Logs Insights can filter on directly (`filter outcome != "success"`).
///
/// Example: `{"dialogAction":"Close","durationMs":18.4,"intent":"BookMeeting",
/// "invocationSource":"FulfillmentCodeHook","outcome":"success","requestId":"8476a536-...",
/// "sessionId":"1234","type":"invocation"}`.
public struct InvocationLogLine: Sendable, Equatable, Codable {
    /// Always `invocation`, to tell these lines from others in the same log stream.
    public var type = "invocation"
    /// The Runtime API's request id (absent on `runtime` lines).
    public var requestId: String?
    /// The Lex session (`sessionId`), if the event has one.
    public var sessionId: String?
    /// The intent (`sessionState.intent.name`), if any.
    public var intent: String?
    /// `DialogCodeHook` or `FulfillmentCodeHook`, as the event said.
    public var invocationSource: String?
    /// The answer's `sessionState.dialogAction.type` (`ElicitSlot`, `Close`, ...), on success.
    public var dialogAction: String?
    /// Wall time from receiving the event to posting the answer, in milliseconds.
    public var durationMs: Double
    /// `success`, `hook_error`, `invalid_event`, `invalid_response` or `response_too_large`.
    public var outcome: String
    /// The reported error type, when the outcome is not `success`.
    public var errorType: String?
    /// The reported error message, when the outcome is not `success`.
    public var errorMessage: String?

    /// The line as compact JSON with sorted keys.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return #"{"type":"invocation","outcome":"unloggable"}"# }
        return String(decoding: data, as: UTF8.self)
    }

    /// Fills `sessionId`, `intent` and `invocationSource` from the event bytes, as far as they
    /// can be read (a malformed event leaves them `nil`).
    mutating func describeEvent(_ payload: Data) {
        guard let event = try? JSONDecoder().decode(EventFields.self, from: payload) else { return }
        sessionId = event.sessionId
        intent = event.sessionState?.intent?.name
        invocationSource = event.invocationSource
    }

    /// Fills `dialogAction` from the response bytes.
    mutating func describeResponse(_ payload: Data) {
        dialogAction = (try? JSONDecoder().decode(EventFields.self, from: payload))?.sessionState?.dialogAction?.type
    }

    /// The few fields the log line reads from events and responses; everything else is ignored.
    private struct EventFields: Decodable {
        struct Named: Decodable { var name: String? }
        struct Action: Decodable { var type: String? }
        struct State: Decodable {
            var intent: Named?
            var dialogAction: Action?
        }
        var sessionId: String?
        var invocationSource: String?
        var sessionState: State?
    }
}
