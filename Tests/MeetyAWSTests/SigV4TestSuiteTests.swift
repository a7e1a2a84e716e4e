import Foundation
import Testing

@testable import MeetyAWS

/// The signer against vectors of the AWS Signature Version 4 test suite
/// (`aws-sig-v4-test-suite`, 2015-08-30T12:36:00Z, `us-east-1`, service `service`).
@Suite struct SigV4TestSuiteTests {
    static let suiteDate = Date(timeIntervalSince1970: 1_440_938_160)
    static let credentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let sessionToken =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUu"
        + "wthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcH"
        + "NVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oL"
        + "xBA=="
    static let host = (name: "Host", value: "example.amazonaws.com")
    static let scope = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"

    func sign(_ request: SigV4Request, token: String? = nil) -> SigV4Signature {
        var credentials = Self.credentials
        credentials.sessionToken = token
        return SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
            .sign(request, at: Self.suiteDate)
    }

    @Test func getVanilla() {
        let signature = sign(SigV4Request(method: "GET", headers: [Self.host]))
        #expect(
            signature.canonicalRequest
                == "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            signature.stringToSign
                == "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
        #expect(
            signature.authorization
                == "AWS4-HMAC-SHA256 Credential=\(Self.scope), SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
    }

    @Test func getVanillaQueryOrderKeyCase() {
        let signature = sign(SigV4Request(method: "GET", query: "Param2=value2&Param1=value1", headers: [Self.host]))
        #expect(signature.canonicalRequest.contains("\n/\nParam1=value1&Param2=value2\n"))
        #expect(signature.signature == "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")
    }

    @Test func postVanillaQuery() {
        let signature = sign(SigV4Request(method: "POST", query: "Param1=value1", headers: [Self.host]))
        #expect(
            signature.stringToSign.hasSuffix("\n9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd"))
        #expect(signature.signature == "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11")
    }

    @Test func postXWWWFormURLEncoded() {
        let signature = sign(
            SigV4Request(
                method: "POST",
                headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded"), Self.host],
                body: Data("Param1=value1".utf8)))
        #expect(
            signature.canonicalRequest
                == "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        #expect(
            signature.stringToSign.hasSuffix("\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"))
        #expect(signature.signature == "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a")
    }

    @Test func postSTSHeaderBefore() {
        let signature = sign(SigV4Request(method: "POST", headers: [Self.host]), token: Self.sessionToken)
        #expect(signature.signedHeaders == "host;x-amz-date;x-amz-security-token")
        #expect(signature.canonicalRequest.contains("\nx-amz-security-token:\(Self.sessionToken)\n"))
        #expect(
            signature.stringToSign.hasSuffix("\nc237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6"))
        #expect(signature.signature == "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead")
        #expect(signature.headers.map(\.name) == ["X-Amz-Date", "X-Amz-Security-Token", "Authorization"])
        #expect(signature.headers[1].value == Self.sessionToken)
    }

    @Test func headerValuesAreTrimmedAndSpacesCollapsed() {
        // get-header-value-trim: leading space dropped, inner runs collapsed, quotes kept.
        let signature = sign(
            SigV4Request(
                method: "GET",
                headers: [
                    Self.host, (name: "My-Header1", value: " value1"), (name: "My-Header2", value: "\"a   b   c\""),
                ]
            ))
        #expect(signature.canonicalRequest.contains("\nmy-header1:value1\nmy-header2:\"a b c\"\n"))
        #expect(signature.signature == "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736")
    }

    @Test func anExistingDateOrAuthorizationHeaderIsReplacedNotSignedTwice() {
        let plain = sign(SigV4Request(method: "GET", headers: [Self.host]))
        let stale = sign(
            SigV4Request(
                method: "GET",
                headers: [
                    Self.host, (name: "X-Amz-Date", value: "20000101T000000Z"), (name: "Authorization", value: "old"),
                ]))
        #expect(stale == plain)
    }

    @Test func uriEncodingKeepsOnlyUnreservedCharacters() {
        #expect(SigV4Signer.uriEncode("AZaz09-_.~") == "AZaz09-_.~")
        #expect(SigV4Signer.uriEncode("a b/c+d=ሴ") == "a%20b%2Fc%2Bd%3D%E1%88%B4")
        #expect(SigV4Signer.canonicalURI("/ሴ/x y") == "/%E1%88%B4/x%20y")
        #expect(SigV4Signer.canonicalQuery("b=2&a=%20x&a=1") == "a=%20x&a=1&b=2")
    }
}
