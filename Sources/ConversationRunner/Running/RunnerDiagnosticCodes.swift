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
    /// A step that acts on the script's world failed: an approve/reject selector did not match
    /// exactly one record, or the store refused the change.
    public static let storeStepFailed = DiagnosticCode(
        "store-step-failed",
        summary: "An approve or reject step's selector matched no record or several, or the store refused the change."
    )
    /// The script's world (its Meetings store) could not be set up.
    public static let storeSetupFailed = DiagnosticCode(
        "store-setup-failed",
        summary: "The script's world (its Meetings store) could not be created or seeded with given.meetings."
    )
    /// A script seeds, changes or expects records that the run's world or code hook cannot serve.
    public static let worldUnavailable = DiagnosticCode(
        "world-unavailable",
        summary:
            "A script seeds, changes or expects records, but the run has no world with records or its code hook cannot see them."
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
        .turnMismatch, .turnError, .storeStepFailed, .storeSetupFailed, .worldUnavailable, .coverageBelowMinimum,
        .noScriptSelected,
    ]
}
