import CodeHooks
import Foundation
import LexRuntime

extension LexRuntimeAPI {
    /// `PutSession`: stores the given state, which the session's next turn continues from, and
    /// returns the request's messages and the state in the gzipped, base64-encoded headers.
    ///
    /// The state is not acted on now: a `Delegate` dialog action does not run the bot until the next
    /// input (the service would run it at once).
    func putSession(_ target: Target, _ request: APIRequest) async throws(LexAPIError) -> APIResponse {
        let body = try Self.decodeBody(PutSessionBody.self, request.body)
        let responseType = try Self.textResponseType(request.header("ResponseContentType"))
        let messages = body.messages ?? []
        guard messages.count <= 10 else {
            throw LexAPIError(.validation, "PutSession takes at most 10 messages, not \(messages.count)")
        }
        try Self.check(body.sessionState, against: target)
        let now = clock.seconds()
        let sessionId = target.key.sessionId
        var state = body.sessionState
        if state.sessionAttributes == nil { state.sessionAttributes = [:] }
        let stored = ServedSession(
            lastActive: now, messages: messages, interpretations: [], sessionState: state, pendingState: state)
        try await table.exclusive(target.key, of: target.bot, now: now) { _ throws(LexAPIError) in (.store(stored), ())
        }
        var headers: [(name: String, value: String)] = [
            (name: "Content-Type", value: responseType),
            (name: "x-amz-lex-session-id", value: sessionId),
        ]
        do {
            if !messages.isEmpty {
                headers.append((name: "x-amz-lex-messages", value: try LexHeaderCoding.encode(messages)))
            }
            headers.append((name: "x-amz-lex-session-state", value: try LexHeaderCoding.encode(state)))
            if let attributes = body.requestAttributes {
                headers.append((name: "x-amz-lex-request-attributes", value: try LexHeaderCoding.encode(attributes)))
            }
        } catch {
            throw LexAPIError(.internalServer, "cannot write the answer's headers: \(error.message)")
        }
        return APIResponse(status: 200, headers: headers)
    }

    /// `GetSession`: the session's state and its last messages and interpretations; 404 when the
    /// session does not exist (never started, deleted, or idle past its TTL).
    func getSession(_ target: Target) async throws(LexAPIError) -> APIResponse {
        let key = target.key
        let result = try await table.exclusive(key, of: target.bot, now: clock.seconds()) {
            current throws(LexAPIError) in
            guard let current else { throw Self.noSession(key, bot: target.bot) }
            return (
                .keep,
                GetSessionResult(
                    sessionId: key.sessionId, messages: current.messages, interpretations: current.interpretations,
                    sessionState: current.sessionState)
            )
        }
        return try Self.jsonResponse(result)
    }

    /// `DeleteSession`: ends the session; 404 when it does not exist.
    func deleteSession(_ target: Target) async throws(LexAPIError) -> APIResponse {
        let runtime = target.runtime
        let key = target.key
        try await table.exclusive(key, of: target.bot, now: clock.seconds()) { current throws(LexAPIError) in
            guard current != nil else { throw Self.noSession(key, bot: target.bot) }
            runtime.deleteSession(key.sessionId)
            return (.remove, ())
        }
        return try Self.jsonResponse(
            DeleteSessionResult(
                botId: target.bot.id, botAliasId: key.botAliasId, localeId: key.localeId, sessionId: key.sessionId))
    }

    /// The 404 for a session that does not exist.
    static func noSession(_ key: SessionKey, bot: ServedBot) -> LexAPIError {
        LexAPIError(
            .resourceNotFound,
            "session '\(key.sessionId)' of bot '\(bot.name)' in locale \(key.localeId) does not exist "
                + "(never started, deleted, or idle for more than \(bot.idleSessionTTLInSeconds) s)")
    }

    /// A state a client may set (PutSession, or RecognizeText's `sessionState`): a dialog action Lex
    /// defines, an intent of the locale, and for `ElicitSlot` a slot of it.
    static func check(_ state: SessionState, against target: Target) throws(LexAPIError) {
        if let type = state.dialogAction?.type, !(DialogActionType.responseTypes + [.none]).contains(type) {
            throw LexAPIError(
                .validation,
                "dialog action type '\(APIRoute.printable(type.rawValue))' is not one of Close, ConfirmIntent, "
                    + "Delegate, ElicitIntent, ElicitSlot, None")
        }
        let locale = target.runtime.bot.locale(target.key.localeId)
        if let name = state.intent?.name {
            guard let intent = locale?.intent(name) else {
                throw LexAPIError(
                    .validation, "bot '\(target.bot.name)' has no intent '\(name)' in locale \(target.key.localeId)")
            }
            if state.dialogAction?.type == .elicitSlot {
                guard let slot = state.dialogAction?.slotToElicit, intent.slots.contains(where: { $0.name == slot })
                else {
                    throw LexAPIError(
                        .validation, "ElicitSlot needs a slotToElicit that is a slot of intent '\(name)'")
                }
            }
        } else if let type = state.dialogAction?.type, type == .elicitSlot || type == .confirmIntent || type == .close {
            throw LexAPIError(.validation, "a \(type.rawValue) dialog action needs an intent in the session state")
        }
    }
}
