import MeetyDiagnostics

extension DiagnosticCode {
    /// The Meetings store at the end differs from `expect.meetings`.
    public static let meetingsMismatch = DiagnosticCode(
        "meetings-mismatch",
        summary: "The records created, absent or counted at the end differ from expect.meetings."
    )
    /// `--store dynamodb` cannot be used: incomplete AWS settings or an endpoint that does not answer.
    public static let storeUnavailable = DiagnosticCode(
        "store-unavailable",
        summary: "The --store dynamodb settings are incomplete, or the DynamoDB endpoint cannot be reached."
    )

    /// Every code the Meetings world reports.
    public static let meetingsWorldCodes: [DiagnosticCode] = [.meetingsMismatch, .storeUnavailable]
}
