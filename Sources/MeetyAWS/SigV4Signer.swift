import Crypto
import Foundation

/// AWS Signature Version 4 (`AWS4-HMAC-SHA256`) for header-signed requests.
///
/// Pure: the signing time is a parameter, never read from a clock here, so a signature is a
/// function of its inputs and the published test-suite vectors can be checked exactly. The caller
/// (`DynamoDBClient`) takes the time from its injected `AWSClock`.
public struct SigV4Signer: Sendable {
    /// The keys to sign with.
    public var credentials: AWSCredentials
    /// The region of the credential scope.
    public var region: String
    /// The service of the credential scope, e.g. `dynamodb`.
    public var service: String

    /// Creates a signer for one region and service.
    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// Signs `request` as of `date`. `X-Amz-Date` (and `X-Amz-Security-Token` for temporary
    /// credentials) are signed too; add `signature.headers` to the request before sending it.
    public func sign(_ request: SigV4Request, at date: Date) -> SigV4Signature {
        let time = AWSTimestamp(date)
        var headers = request.headers.filter {
            let name = $0.name.lowercased()
            return name != "x-amz-date" && name != "x-amz-security-token" && name != "authorization"
        }
        headers.append((name: "x-amz-date", value: time.amzDate))
        if let token = credentials.sessionToken { headers.append((name: "x-amz-security-token", value: token)) }
        let canonicalHeaders = Self.canonicalHeaders(headers)
        let signedHeaders = canonicalHeaders.map(\.name).joined(separator: ";")
        let canonicalRequest = [
            request.method.uppercased(),
            Self.canonicalURI(request.path),
            Self.canonicalQuery(request.query),
            canonicalHeaders.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            request.payloadHash ?? Self.hexSHA256(request.body),
        ].joined(separator: "\n")
        let scope = "\(time.dateStamp)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", time.amzDate, scope, Self.hexSHA256(Data(canonicalRequest.utf8)),
        ].joined(separator: "\n")
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: signingKey(time)))
        let authorization =
            "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
        return SigV4Signature(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
            signedHeaders: signedHeaders, authorization: authorization, amzDate: time.amzDate,
            securityToken: credentials.sessionToken)
    }

    /// The derived key `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
    private func signingKey(_ time: AWSTimestamp) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
        for part in [time.dateStamp, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// Lowercase names, values trimmed with inner runs of spaces collapsed, repeated names joined
    /// by commas in the order given, sorted by name.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        var values: [String: [String]] = [:]
        for header in headers {
            let value = header.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                .joined(separator: " ")
            values[header.name.lowercased(), default: []].append(value)
        }
        return values.keys.sorted().map { (name: $0, value: values[$0]!.joined(separator: ",")) }
    }

    /// The path with each segment percent-encoded (RFC 3986 unreserved characters kept).
    static func canonicalURI(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { uriEncode(String($0)) }.joined(separator: "/")
    }

    /// Query parameters decoded, re-encoded and sorted by name, then value.
    static func canonicalQuery(_ query: String) -> String {
        let pairs = query.split(separator: "&").map { parameter -> (String, String) in
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func normalized(_ text: Substring?) -> String {
                let raw = String(text ?? "")
                return uriEncode(raw.removingPercentEncoding ?? raw)
            }
            return (normalized(parts.first), normalized(parts.count > 1 ? parts[1] : nil))
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Percent-encodes every byte except `A-Z a-z 0-9 - _ . ~`, with uppercase hex digits.
    static func uriEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + hexDigits(byte, uppercase: true)
            }
        }
        return result
    }

    /// Lowercase hex SHA-256 of `data`.
    static func hexSHA256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { hexDigits($0, uppercase: false) }.joined()
    }

    private static func hexDigits(_ byte: UInt8, uppercase: Bool) -> String {
        let digits = Array(uppercase ? "0123456789ABCDEF" : "0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
