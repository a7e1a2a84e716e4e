import CodeHooks
import Foundation
import LexRuntime
import NIOConcurrencyHelpers

/// The Lex V2 runtime REST API (`lexv2-runtime`) over served bots: routes each request to its
/// operation, checks it as Lex does, runs it on the bot's runtime and answers in Lex's shapes, with
/// Lex's error types and status codes so that SDKs raise their typed exceptions.
///
/// Independent of any HTTP stack: `handle` takes a request and returns a response, never throws
/// and never crashes on a malformed request. Sessions are kept per `{bot, alias, locale, sessionId}`
/// (`SessionTable`): a session's requests run one at a time in arrival order, different sessions
/// run in parallel, and a session idle for its bot's TTL on the server's clock is gone.
public final class LexRuntimeAPI: Sendable {
    /// The only alias a served bot has: the test alias, as `TestBotAlias` is in the console.
    public static let testAliasId = "TSTALIASID"

    /// The bots served.
    public let bots: [ServedBot]
    /// The server's clock.
    public let clock: any ServerClock
    /// The signature check, when requests must be signed.
    public let verifier: (any RequestAuthenticator)?
    /// Which browser origins may call the server.
    public let cors: CORSPolicy
    let table = SessionTable()
    private let requestCount = NIOLockedValueBox(0)

    /// Creates the API over `bots`.
    public init(
        bots: [ServedBot], clock: any ServerClock, verifier: (any RequestAuthenticator)? = nil,
        cors: CORSPolicy = .anyOrigin
    ) {
        self.bots = bots
        self.clock = clock
        self.verifier = verifier
        self.cors = cors
    }

    /// How many sessions the server holds (idle ones until they are swept).
    public var sessionCount: Int { table.count }

    /// Answers one request.
    public func handle(_ request: APIRequest) async -> APIResponse {
        let requestID = nextRequestID()
        if var preflight = cors.preflight(request) {
            preflight.headers.append((name: "x-amzn-RequestId", value: requestID))
            return preflight
        }
        var sessionId: String?
        var response: APIResponse
        do {
            if let verifier, let problem = verifier.problem(with: request) { throw problem }
            let route = try APIRoute.parse(method: request.method, path: request.path)
            sessionId = route.sessionId
            let target = try resolve(route)
            response = try await perform(route, target: target, request: request)
        } catch {
            response = Self.errorResponse(error)
        }
        response.sessionId = sessionId
        response.headers.append((name: "x-amzn-RequestId", value: requestID))
        cors.decorate(&response, for: request)
        return response
    }

    /// Ends every session idle for its bot's TTL; returns how many ended.
    @discardableResult
    public func sweepIdleSessions() async -> Int {
        await table.sweep(now: clock.seconds(), bots: bots)
    }

    /// The bot, its runtime and the session key a route names.
    struct Target {
        var bot: ServedBot
        var runtime: LexRuntime
        var key: SessionKey
    }

    private func resolve(_ route: APIRoute) throws(LexAPIError) -> Target {
        guard let bot = bots.first(where: { $0.id == route.botId || $0.name == route.botId }) else {
            let served = bots.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw LexAPIError(
                .resourceNotFound, "bot '\(APIRoute.printable(route.botId))' does not exist; this server has \(served)")
        }
        guard route.botAliasId == Self.testAliasId else {
            throw LexAPIError(
                .resourceNotFound,
                "bot alias '\(APIRoute.printable(route.botAliasId))' of bot '\(bot.name)' does not exist; "
                    + "the only alias is \(Self.testAliasId)")
        }
        guard let runtime = bot.runtime(for: route.localeId) else {
            throw LexAPIError(
                .resourceNotFound,
                "bot '\(bot.name)' has no locale '\(APIRoute.printable(route.localeId))' "
                    + "(locales: \(bot.localeIds.joined(separator: ", ")))")
        }
        try Self.checkSessionId(route.sessionId)
        return Target(
            bot: bot, runtime: runtime,
            key: SessionKey(
                botId: bot.id, botAliasId: route.botAliasId, localeId: route.localeId, sessionId: route.sessionId))
    }

    private func perform(_ route: APIRoute, target: Target, request: APIRequest) async throws(LexAPIError)
        -> APIResponse
    {
        switch route.operation {
        case .recognizeText: return try await recognizeText(target, request)
        case .recognizeUtterance: return try await recognizeUtterance(target, request)
        case .putSession: return try await putSession(target, request)
        case .getSession: return try await getSession(target)
        case .deleteSession: return try await deleteSession(target)
        case .startConversation:
            throw LexAPIError(
                .validation,
                "StartConversation streams over HTTP/2, which meety-bot serve does not offer; "
                    + "use RecognizeText or RecognizeUtterance")
        }
    }

    /// Session ids are 2 to 100 characters of `[0-9a-zA-Z._:-]`.
    static func checkSessionId(_ id: String) throws(LexAPIError) {
        let allowed = id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "-")
        }
        guard (2...100).contains(id.utf8.count), allowed else {
            throw LexAPIError(
                .validation,
                "1 validation error detected: value '\(APIRoute.printable(id))' at 'sessionId' failed to satisfy "
                    + "constraint: member must be 2 to 100 characters of [0-9a-zA-Z._:-]")
        }
    }

    /// A JSON answer with status 200.
    static func jsonResponse(_ value: some Encodable) throws(LexAPIError) -> APIResponse {
        let body: Data
        do {
            body = try CodeHookJSON.encode(value)
        } catch {
            throw LexAPIError(.internalServer, "cannot write the answer as JSON: \(error.message)")
        }
        return APIResponse(status: 200, headers: [(name: "Content-Type", value: "application/json")], body: Array(body))
    }

    /// The answer for an error: its status, `x-amzn-ErrorType` and `{"message": ...}`.
    static func errorResponse(_ error: any Error) -> APIResponse {
        let apiError = error as? LexAPIError ?? LexAPIError(.internalServer, "unexpected error: \(error)")
        let body = (try? CodeHookJSON.encode(ErrorBody(message: apiError.message))) ?? Data("{}".utf8)
        return APIResponse(
            status: apiError.kind.status,
            headers: [
                (name: "Content-Type", value: "application/json"),
                (name: "x-amzn-ErrorType", value: apiError.kind.rawValue),
            ],
            body: Array(body), error: apiError)
    }

    private func nextRequestID() -> String {
        let number = requestCount.withLockedValue { count -> Int in
            count += 1
            return count
        }
        let digits = String(number)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
