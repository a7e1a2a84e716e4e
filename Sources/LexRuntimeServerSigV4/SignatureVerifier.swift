import Crypto
import Foundation
import LexFacts
import LexRuntimeServer
import MeetyAWS

/// Checks each request's AWS Signature Version 4 against one set of credentials
/// (`meety-bot serve --verify-signature`), with the project's signer recomputing the signature.
///
/// Checked: an `Authorization` header of the `AWS4-HMAC-SHA256` form naming the credentials'
/// access key and the `lex` service; `Host` and `X-Amz-Date` among the signed headers; the scope's
/// date equal to `X-Amz-Date`'s; the signature over the method, the path, the query, the signed
/// headers and the payload hash; and a declared `X-Amz-Content-SHA256` equal to the body's hash
/// (`UNSIGNED-PAYLOAD` is accepted, as the service accepts it for RecognizeUtterance). Not checked:
/// the age of `X-Amz-Date` (the server's clock may be fixed by `--now`, so replays are not refused)
/// and the region of the scope (any region signs).
public struct SignatureVerifier: RequestAuthenticator {
    /// The credentials requests must be signed with.
    public let credentials: AWSCredentials

    /// Creates a verifier for `credentials`.
    public init(credentials: AWSCredentials) {
        self.credentials = credentials
    }

    /// The reason `request` is refused, or `nil` when its signature is good.
    public func problem(with request: APIRequest) -> LexAPIError? {
        guard let authorization = request.header("Authorization") else {
            return LexAPIError(.unrecognizedClient, "the request is not signed (no Authorization header)")
        }
        guard let parts = Self.parse(authorization) else {
            return LexAPIError(.invalidSignature, "the Authorization header is not an AWS4-HMAC-SHA256 signature")
        }
        let scope = parts.credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else {
            return LexAPIError(.invalidSignature, "the credential scope of the signature is malformed")
        }
        guard scope[0] == credentials.accessKeyID else {
            return LexAPIError(
                .unrecognizedClient, "the security token included in the request is invalid (unknown access key)")
        }
        guard scope[3] == "lex" else {
            return LexAPIError(.invalidSignature, "the signature is for service '\(scope[3])', not 'lex'")
        }
        let signedNames = parts.signedHeaders.split(separator: ";").map(String.init)
        guard signedNames.contains("host"), signedNames.contains("x-amz-date"),
            let amzDate = request.header("X-Amz-Date"), let date = Self.date(amzDate),
            amzDate.hasPrefix(scope[1])
        else {
            return LexAPIError(
                .invalidSignature, "the signature must cover Host and X-Amz-Date, whose day must match the scope")
        }
        var headers: [(name: String, value: String)] = []
        for name in signedNames where name != "x-amz-date" && name != "x-amz-security-token" {
            for header in request.headers where header.name.lowercased() == name {
                headers.append((name: name, value: header.value))
            }
        }
        let body = Data(request.body)
        let declared = signedNames.contains("x-amz-content-sha256") ? request.header("X-Amz-Content-SHA256") : nil
        if let declared, declared != "UNSIGNED-PAYLOAD" {
            let actual = SHA256.hash(data: body).map { String($0, radix: 16).leftPadded(2) }.joined()
            guard declared.lowercased() == actual else {
                return LexAPIError(.invalidSignature, "the body does not match its X-Amz-Content-SHA256")
            }
        }
        let signer = SigV4Signer(credentials: credentials, region: scope[2], service: scope[3])
        let expected = signer.sign(
            SigV4Request(
                method: request.method, path: request.path, query: request.query, headers: headers, body: body,
                payloadHash: declared),
            at: date)
        guard expected.signedHeaders == parts.signedHeaders, expected.signature == parts.signature.lowercased() else {
            return LexAPIError(
                .invalidSignature,
                "the request signature we calculated does not match the signature you provided; "
                    + "check your AWS secret access key and signing method")
        }
        return nil
    }

    /// The `Credential`, `SignedHeaders` and `Signature` of an `AWS4-HMAC-SHA256` header.
    static func parse(_ header: String) -> (credential: String, signedHeaders: String, signature: String)? {
        let prefix = "AWS4-HMAC-SHA256 "
        guard header.hasPrefix(prefix) else { return nil }
        var fields: [String: String] = [:]
        for part in header.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            fields[String(pair[0])] = String(pair[1])
        }
        guard let credential = fields["Credential"], let signed = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else { return nil }
        return (credential, signed, signature)
    }

    /// The instant of an `X-Amz-Date` value (`YYYYMMDDTHHMMSSZ`).
    static func date(_ text: String) -> Date? {
        let characters = Array(text.utf8)
        guard characters.count == 16, characters[8] == UInt8(ascii: "T"), characters[15] == UInt8(ascii: "Z") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: characters[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            let calendarDate = CalendarDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
        else { return nil }
        let seconds = calendarDate.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
