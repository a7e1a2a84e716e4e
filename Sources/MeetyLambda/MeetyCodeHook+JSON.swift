import CodeHooks
import Foundation

extension MeetyCodeHook {
    /// Answers an event given as Lex's JSON with a response as JSON (sorted keys): the whole job
    /// of a Lambda host. Malformed events are repaired by `LenientEventDecoder`; bytes that are
    /// not an event at all get an `ElicitIntent` asking the user what they want.
    public func handle(json: Data) async -> Data {
        let response: CodeHookResponse
        if let event = LenientEventDecoder.decode(json) {
            response = (try? await handle(event)) ?? Self.lostResponse
        } else {
            response = Self.lostResponse
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(response)) ?? Data(Self.lostJSON.utf8)
    }

    private static var lostResponse: CodeHookResponse {
        CodeHookResponse(
            sessionState: SessionState(dialogAction: DialogAction(type: .elicitIntent)),
            messages: [.plain(BookingReplies.lostIntent)])
    }

    private static let lostJSON =
        #"{"messages":[{"content":"Sorry, I lost track of what we were doing.","contentType":"PlainText"}],"#
        + #""sessionState":{"dialogAction":{"type":"ElicitIntent"}}}"#
}
