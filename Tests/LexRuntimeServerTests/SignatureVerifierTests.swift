import Foundation
import LexRuntimeServerSigV4
import MeetyAWS
import Testing

@testable import LexRuntimeServer

@Suite("SigV4 checks of --verify-signature")
struct SignatureVerifierTests {
    static let credentials = AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret-key")
    static let path = "/bots/ABCDEFGHIJ/botAliases/TSTALIASID/botLocales/en_US/sessions/s%3A1/text"

    /// A request signed the way botocore signs it (the path's escapes encoded once more).
    static func signed(
        body: String = #"{"text":"hi"}"#, with credentials: AWSCredentials = credentials, extra: [(String, String)] = []
    ) -> APIRequest {
        var headers: [(name: String, value: String)] = [(name: "Host", value: "127.0.0.1:8765")]
        headers += extra.map { (name: $0.0, value: $0.1) }
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "lex")
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        let declared = extra.first { $0.0.lowercased() == "x-amz-content-sha256" }?.1
        let signature = signer.sign(
            SigV4Request(method: "POST", path: path, headers: headers, body: Data(body.utf8), payloadHash: declared),
            at: date)
        return APIRequest(
            method: "POST", target: path, headers: headers + signature.headers, body: Array(body.utf8))
    }

    let verifier = SignatureVerifier(credentials: credentials)

    @Test("a correctly signed request passes, also with a declared or unsigned payload hash")
    func good() {
        #expect(verifier.problem(with: Self.signed()) == nil)
        #expect(verifier.problem(with: Self.signed(extra: [("X-Amz-Content-SHA256", "UNSIGNED-PAYLOAD")])) == nil)
        let hash = "d8a0c2d8d5e3f9f5b0a6b1c8f7a73e6d2b9f9b3b8b0a0b5f2c8e0d4f8e1a2b3c"
        #expect(verifier.problem(with: Self.signed(extra: [("X-Amz-Content-SHA256", hash)]))?.kind == .invalidSignature)
    }

    @Test("a changed body, a wrong secret, an unknown key or no signature is refused with 403")
    func refused() {
        var tampered = Self.signed()
        tampered.body = Array(#"{"text":"ho"}"#.utf8)
        #expect(verifier.problem(with: tampered)?.kind == .invalidSignature)
        let wrongSecret = AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "other")
        #expect(verifier.problem(with: Self.signed(with: wrongSecret))?.kind == .invalidSignature)
        let unknown = AWSCredentials(accessKeyID: "AKIDOTHER", secretAccessKey: "secret-key")
        #expect(verifier.problem(with: Self.signed(with: unknown))?.kind == .unrecognizedClient)
        #expect(verifier.problem(with: APIRequest(method: "POST", target: Self.path))?.kind == .unrecognizedClient)
        var garbled = Self.signed()
        garbled.headers = garbled.headers.map {
            $0.name == "Authorization" ? (name: $0.name, value: "AWS4 nonsense") : $0
        }
        #expect(verifier.problem(with: garbled)?.kind == .invalidSignature)
        #expect(LexAPIError.Kind.invalidSignature.status == 403 && LexAPIError.Kind.unrecognizedClient.status == 403)
    }
}
