import Foundation
import LexRuntimeServerSigV4
import MeetyAWS
import Testing

@testable import LexRuntimeServer

/// Browser access: preflights answered before any signature check, the CORS headers on answers,
/// listed origins, and `--allow-origin` values.
@Suite("CORS for browser clients")
struct CORSPolicyTests {
    static let path = "/bots/TeaBot/botAliases/TSTALIASID/botLocales/en_US/sessions/page-1/text"

    static func preflight(origin: String = "http://localhost:8080", headers: String? = nil) -> APIRequest {
        var fields = [(name: "Origin", value: origin), (name: "Access-Control-Request-Method", value: "POST")]
        if let headers { fields.append((name: "Access-Control-Request-Headers", value: headers)) }
        return APIRequest(method: "OPTIONS", target: path, headers: fields)
    }

    @Test("a preflight is answered for any origin, echoing the header names asked for, even with signatures on")
    func preflightAnyOrigin() async throws {
        let verifier = SignatureVerifier(
            credentials: AWSCredentials(accessKeyID: "AKIDCORS", secretAccessKey: "secret"))
        let api = try ServerFixture.api(verifier: verifier)
        let answer = await api.handle(
            Self.preflight(headers: "Authorization, X-Amz-Date,x-amz-user-agent, content-type, amz-sdk-request"))
        #expect(answer.status == 200)
        #expect(answer.header("Access-Control-Allow-Origin") == "*")
        #expect(answer.header("Access-Control-Allow-Methods") == "GET, POST, DELETE, OPTIONS")
        #expect(
            answer.header("Access-Control-Allow-Headers")
                == "authorization, x-amz-date, x-amz-user-agent, content-type, amz-sdk-request")
        #expect(answer.header("Access-Control-Max-Age") == "600")
        #expect(answer.header("x-amzn-RequestId") != nil)
        #expect(answer.body.isEmpty)
        #expect(api.sessionCount == 0, "a preflight runs nothing")
    }

    @Test("answers carry the origin and the headers a page may read, errors included")
    func answersAreReadable() async throws {
        let api = try ServerFixture.api()
        var turn = ServerFixture.say("tea please", session: "page-1")
        turn.headers.append((name: "Origin", value: "http://localhost:8080"))
        let answer = await api.handle(turn)
        #expect(answer.status == 200)
        #expect(answer.header("Access-Control-Allow-Origin") == "*")
        let exposed = Set(
            (answer.header("Access-Control-Expose-Headers") ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            })
        for name in ["x-amzn-requestid", "x-amzn-errortype", "x-amz-lex-session-state", "x-amz-lex-messages"] {
            #expect(exposed.contains(name), "\(name) is not exposed")
        }
        var missing = ServerFixture.get(session: "never-started")
        missing.headers.append((name: "Origin", value: "http://localhost:8080"))
        let error = await api.handle(missing)
        #expect(error.status == 404 && error.header("Access-Control-Allow-Origin") == "*")
        let plain = await api.handle(ServerFixture.say("tea please", session: "no-page"))
        #expect(plain.header("Access-Control-Allow-Origin") == nil, "a request without Origin gets no CORS headers")
    }

    @Test("listed origins are named back with Vary: Origin; others get 403 on the preflight and no CORS headers")
    func listedOrigins() async throws {
        let policy = try CORSPolicy.parse(["http://localhost:5173", "https://chat.example.com"])
        let api = try ServerFixture.api(cors: policy)
        let allowed = await api.handle(Self.preflight(origin: "https://chat.example.com", headers: "authorization"))
        #expect(allowed.status == 200)
        #expect(allowed.header("Access-Control-Allow-Origin") == "https://chat.example.com")
        #expect(allowed.header("Vary") == "Origin")
        let denied = await api.handle(Self.preflight(origin: "https://elsewhere.example", headers: "authorization"))
        #expect(denied.status == 403 && denied.header("x-amzn-ErrorType") == "AccessDeniedException")
        #expect(denied.header("Access-Control-Allow-Origin") == nil)
        var turn = ServerFixture.say("tea please", session: "page-2")
        turn.headers.append((name: "Origin", value: "https://elsewhere.example"))
        let answer = await api.handle(turn)
        #expect(answer.status == 200 && answer.header("Access-Control-Allow-Origin") == nil)
    }

    @Test("with CORS off, OPTIONS is a method of no operation and answers carry no CORS headers")
    func disabled() async throws {
        let api = try ServerFixture.api(cors: try CORSPolicy.parse(["none"]))
        let answer = await api.handle(Self.preflight(headers: "authorization"))
        #expect(answer.status == 405 && answer.header("x-amzn-ErrorType") == "MethodNotAllowedException")
        #expect(answer.header("Access-Control-Allow-Origin") == nil)
    }

    @Test("only header names are echoed: values that are not HTTP tokens are left out")
    func echoIsSanitised() {
        #expect(
            CORSPolicy.headerNames("authorization, x-evil\r\nset-cookie: a, , Content-Type")
                == "authorization, content-type")
        #expect(CORSPolicy.headerNames(String(repeating: "a", count: 101)) == "")
    }

    @Test("--allow-origin takes *, none, or scheme://host[:port] origins")
    func parsing() throws {
        #expect(try CORSPolicy.parse([]) == .anyOrigin)
        #expect(try CORSPolicy.parse(["*"]) == .anyOrigin)
        #expect(try CORSPolicy.parse(["none"]).origins == .disabled)
        #expect(
            try CORSPolicy.parse(["http://localhost:8080", "http://localhost:8080", "https://[::1]:3000"]).origins
                == .listed(["http://localhost:8080", "https://[::1]:3000"]))
        for bad in [["localhost:8080"], ["http://localhost:8080/app"], ["ftp://host"], ["http://"], ["*", "http://a"]] {
            #expect(throws: CORSPolicyError.self) { try CORSPolicy.parse(bad) }
        }
    }
}
