import Foundation

/// Why a Lambda host cannot start: reported to the Runtime API's init error endpoint (or, without
/// a Runtime API, to standard error) before the process exits.
public enum LambdaHostConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `AWS_LAMBDA_RUNTIME_API` is not set: the binary was started outside Lambda.
    case missingRuntimeAPI
    /// `MEETY_TIME_ZONE` names no known time zone.
    case unknownTimeZone(String)

    /// A one-line explanation naming the variable.
    public var description: String {
        switch self {
        case .missingRuntimeAPI:
            "AWS_LAMBDA_RUNTIME_API is not set: this is a Lambda custom runtime (provided.al2023) and must run in Lambda"
        case .unknownTimeZone(let name):
            "MEETY_TIME_ZONE '\(name)' is not a known time zone (use an IANA name such as Europe/Berlin;"
                + " this build has the tz database \(TimeZone.timeZoneDataVersion))"
        }
    }
}
