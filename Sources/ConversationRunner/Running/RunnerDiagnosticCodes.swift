import MeetyDiagnostics

extension DiagnosticCode {
    /// A turn's reply did not meet an expectation.
    public static let turnMismatch = DiagnosticCode(
        "turn-mismatch",
        summary: "A turn's reply, intent, dialog action, slot, state or session attribute differs from the script."
    )
    /// A turn could not complete (hook error, timeout, invalid hook response, invalid request).
    public static let turnError = DiagnosticCode(
        "turn-error",
        summary: "A turn failed: the code hook threw, timed out or broke the Lex V2 contract, or the input was invalid."
    )
    /// An approve/reject selector did not match exactly one record, or the store refused the change.
    public static let storeStepFailed = DiagnosticCode(
        "store-step-failed",
        summary: "An approve or reject step's selector matched no record or several, or the store refused the change."
    )
    /// The Meetings store at the end differs from `expect.meetings`.
    public static let meetingsMismatch = DiagnosticCode(
        "meetings-mismatch",
        summary: "The records created, absent or counted at the end differ from expect.meetings."
    )
    /// The script's Meetings store could not be set up.
    public static let storeSetupFailed = DiagnosticCode(
        "store-setup-failed",
        summary: "The script's Meetings store could not be created or seeded with given.meetings."
    )
    /// `--store dynamodb` cannot be used: incomplete AWS settings or an endpoint that does not answer.
    public static let storeUnavailable = DiagnosticCode(
        "store-unavailable",
        summary: "The --store dynamodb settings are incomplete, or the DynamoDB endpoint cannot be reached."
    )
    /// Coverage is below `--min-coverage`.
    public static let coverageBelowMinimum = DiagnosticCode(
        "coverage-below-minimum",
        summary: "The suite's coverage is below the --min-coverage percentage."
    )
    /// `--filter` selected none of the scripts found, so the gate would pass having tested nothing.
    public static let noScriptSelected = DiagnosticCode(
        "no-script-selected",
        summary: "--filter matched none of the scripts found, so nothing would be tested."
    )

    /// Every code the runner reports.
    public static let runnerCodes: [DiagnosticCode] = [
        .turnMismatch, .turnError, .storeStepFailed, .meetingsMismatch, .storeSetupFailed, .storeUnavailable,
        .coverageBelowMinimum, .noScriptSelected,
    ]
}
