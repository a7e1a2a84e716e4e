import LexRuntime
import Testing

@testable import LexRuntimeServer

@Suite("routes of the lexv2-runtime API")
struct APIRouteTests {
    static let session = "/bots/ABCDEFGHIJ/botAliases/TSTALIASID/botLocales/en_US/sessions/s%3A1"

    @Test(
        "each method and path names its operation",
        arguments: [
            ("POST", "/text", APIRoute.Operation.recognizeText), ("POST", "/utterance", .recognizeUtterance),
            ("POST", "", .putSession), ("GET", "", .getSession), ("DELETE", "", .deleteSession),
            ("POST", "/conversation", .startConversation),
        ])
    func operations(method: String, suffix: String, operation: APIRoute.Operation) throws {
        let route = try APIRoute.parse(method: method, path: Self.session + suffix)
        #expect(route.operation == operation)
        #expect(route.botId == "ABCDEFGHIJ" && route.botAliasId == "TSTALIASID" && route.localeId == "en_US")
        #expect(route.sessionId == "s:1", "segments are percent-decoded")
    }

    @Test(
        "broken paths and wrong methods get their error types",
        arguments: [
            ("PUT", session + "/text", LexAPIError.Kind.methodNotAllowed), ("PATCH", session, .methodNotAllowed),
            ("GET", "/", .unknownOperation), ("POST", session + "/text/", .unknownOperation),
            ("POST", "/bots/a/botAliases/b/botLocales/c/sessions", .unknownOperation),
            ("POST", "/bots//botAliases/b/botLocales/c/sessions/d/text", .validation),
            ("POST", "/bots/a/botAliases/b/botLocales/c/sessions/%G0/text", .validation),
            ("POST", "/bots/a/botAliases/b/botLocales/c/sessions/%C3/text", .validation),
        ])
    func errors(method: String, path: String, kind: LexAPIError.Kind) {
        #expect(throws: LexAPIError.self) { try APIRoute.parse(method: method, path: path) }
        do {
            _ = try APIRoute.parse(method: method, path: path)
        } catch {
            #expect(error.kind == kind)
        }
    }

    @Test("an unexpected error is answered as InternalServerException (500) with a JSON message")
    func unexpectedError() {
        struct Surprise: Error {}
        let response = LexRuntimeAPI.errorResponse(Surprise())
        #expect(response.status == 500 && response.header("x-amzn-ErrorType") == "InternalServerException")
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(#"{"message":"unexpected error"#))
    }

    @Test("a bot's id is its export's own 10-character identifier, else the one derived from its name")
    func botIdentifiers() {
        let own = RuntimeBot(name: "TravelBuddy", identifier: "U6FQYXVFLD", locales: [])
        #expect(ServedBot.identifier(for: own) == "U6FQYXVFLD")
        for placeholder in ["", RuntimeBot.placeholderIdentifier, "lowercase1", "SHORT"] {
            let bot = RuntimeBot(name: "ReminderBot", identifier: placeholder, locales: [])
            let id = ServedBot.identifier(for: bot)
            #expect(id != placeholder && id.count == 10)
            #expect(id.allSatisfy { $0.isNumber || ($0.isUppercase && $0.isASCII) })
        }
    }
}
