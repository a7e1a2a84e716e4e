import CodeHooks
import Foundation
import LexRuntime

extension LexRuntimeAPI {
    /// One turn's input, however it arrived (RecognizeText's JSON or RecognizeUtterance's headers).
    struct TurnInput {
        var text: String
        var sessionState: SessionState?
        var requestAttributes: [String: String]?
    }

    /// `RecognizeText`: the JSON body's text through the bot; the answer as JSON.
    func recognizeText(_ target: Target, _ request: APIRequest) async throws(LexAPIError) -> APIResponse {
        let body = try Self.decodeBody(RecognizeTextBody.self, request.body)
        let result = try await turn(
            target,
            TurnInput(text: body.text, sessionState: body.sessionState, requestAttributes: body.requestAttributes))
        return try Self.jsonResponse(result)
    }

    /// `RecognizeUtterance` with text input (`Content-Type: text/plain; charset=utf-8`): the body is
    /// the text; the answer is in the gzipped, base64-encoded `x-amz-lex-*` headers, the body empty.
    func recognizeUtterance(_ target: Target, _ request: APIRequest) async throws(LexAPIError) -> APIResponse {
        let contentType = request.header("Content-Type") ?? ""
        guard contentType.lowercased().hasPrefix("text/plain") else {
            throw LexAPIError(
                .validation,
                "RecognizeUtterance takes text/plain; charset=utf-8 input here: meety-bot serve recognises no "
                    + "speech (Content-Type '\(APIRoute.printable(contentType))')")
        }
        let responseType = try Self.textResponseType(request.header("Response-Content-Type"))
        guard let text = String(validating: request.body, as: UTF8.self) else {
            throw LexAPIError(.validation, "the input text is not UTF-8")
        }
        let state = try request.header("x-amz-lex-session-state").map { header throws(LexAPIError) in
            try LexHeaderCoding.decode(SessionState.self, header: "x-amz-lex-session-state", from: header)
        }
        let attributes = try request.header("x-amz-lex-request-attributes").map { header throws(LexAPIError) in
            try LexHeaderCoding.decode([String: String].self, header: "x-amz-lex-request-attributes", from: header)
        }
        let result = try await turn(
            target, TurnInput(text: text, sessionState: state, requestAttributes: attributes))
        var headers: [(name: String, value: String)] = [
            (name: "Content-Type", value: responseType),
            (name: "x-amz-lex-input-mode", value: "Text"),
            (name: "x-amz-lex-session-id", value: result.sessionId),
        ]
        do {
            headers.append((name: "x-amz-lex-messages", value: try LexHeaderCoding.encode(result.messages)))
            headers.append(
                (name: "x-amz-lex-interpretations", value: try LexHeaderCoding.encode(result.interpretations)))
            headers.append((name: "x-amz-lex-session-state", value: try LexHeaderCoding.encode(result.sessionState)))
            if let attributes = result.requestAttributes {
                headers.append((name: "x-amz-lex-request-attributes", value: try LexHeaderCoding.encode(attributes)))
            }
        } catch {
            throw LexAPIError(.internalServer, "cannot write the answer's headers: \(error.message)")
        }
        headers.append((name: "x-amz-lex-input-transcript", value: LexHeaderCoding.encode(text: text)))
        return APIResponse(status: 200, headers: headers)
    }

    /// Runs one turn in the target's session, holding the session for its length. A failed turn
    /// changes nothing; a successful one stores what GetSession returns and restarts the idle timer.
    func turn(_ target: Target, _ input: TurnInput) async throws(LexAPIError) -> RecognizeTextResult {
        try Self.checkText(input.text)
        if let state = input.sessionState { try Self.check(state, against: target) }
        let now = clock.seconds()
        let runtime = target.runtime
        let sessionId = target.key.sessionId
        return try await table.exclusive(target.key, of: target.bot, now: now) { current throws(LexAPIError) in
            let request = RecognizeTextRequest(
                sessionId: sessionId, text: input.text, localeId: target.key.localeId,
                sessionState: input.sessionState ?? current?.pendingState, requestAttributes: input.requestAttributes)
            let response: RecognizeTextResponse
            do throws(TurnError) {
                response = try await runtime.recognizeText(request)
            } catch {
                throw Self.apiError(error)
            }
            let interpretations = response.interpretations.map(WireInterpretation.init)
            let stored = ServedSession(
                lastActive: now, messages: response.messages, interpretations: interpretations,
                sessionState: response.sessionState, pendingState: nil)
            let result = RecognizeTextResult(
                messages: response.messages, sessionState: response.sessionState, interpretations: interpretations,
                requestAttributes: response.requestAttributes, sessionId: sessionId)
            return (.store(stored), result)
        }
    }

    /// The API error of a failed turn: the request's fault (400), or the hook's or a cloud service's (424).
    static func apiError(_ error: TurnError) -> LexAPIError {
        switch error.kind {
        case .invalidRequest: LexAPIError(.validation, error.message)
        case .hookFailed, .hookTimedOut, .invalidHookResponse: LexAPIError(.dependencyFailed, error.message)
        // Lex would call Kendra, Bedrock or Amazon Q; offline that dependency is not there.
        case .needsCloudService: LexAPIError(.dependencyFailed, error.message)
        // A flow Lex could not follow either would not have built; offline it fails the turn (424).
        case .invalidFlow: LexAPIError(.dependencyFailed, error.message)
        }
    }

    /// Input text is 1 to 1,024 characters and not only white space.
    static func checkText(_ text: String) throws(LexAPIError) {
        guard (1...1024).contains(text.utf16.count) else {
            throw LexAPIError(
                .validation,
                "1 validation error detected: value at 'text' failed to satisfy constraint: member must have "
                    + "length between 1 and 1024 (it has \(text.utf16.count))")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw LexAPIError(.validation, "the input text is only white space")
        }
    }

    /// The response content type a request asks for, which must be text (no speech offline).
    static func textResponseType(_ header: String?) throws(LexAPIError) -> String {
        guard let header, !header.isEmpty else { return "text/plain; charset=utf-8" }
        guard header.lowercased().hasPrefix("text/plain") else {
            throw LexAPIError(
                .validation,
                "meety-bot serve answers in text only (text/plain; charset=utf-8), not '\(APIRoute.printable(header))'")
        }
        return header
    }

    /// A JSON request body decoded, or a validation error naming what is wrong with it.
    static func decodeBody<Body: Decodable>(_ type: Body.Type, _ bytes: [UInt8]) throws(LexAPIError) -> Body {
        guard !bytes.isEmpty else {
            throw LexAPIError(.validation, "the request body is empty; it must be a JSON object")
        }
        do {
            return try CodeHookJSON.decode(type, from: Data(bytes))
        } catch {
            throw LexAPIError(.validation, "the request body is not a valid request: \(error.message)")
        }
    }
}
