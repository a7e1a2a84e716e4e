import MeetyDiagnostics

extension DiagnosticCode {
    /// A `matches:` pattern that NSRegularExpression rejects.
    public static let invalidRegex = DiagnosticCode(
        "invalid-regex",
        summary: "A 'matches:' reply pattern is not a valid ICU regular expression."
    )
    /// A `now:` that is not a real `YYYY-MM-DDTHH:MM` date and time.
    public static let invalidNow = DiagnosticCode(
        "invalid-now",
        summary: "A script's 'now:' is not a real date and time written as YYYY-MM-DDTHH:MM."
    )
    /// A user label (`as:`) that is empty, only white space, or longer than 100 characters.
    public static let invalidSessionName = DiagnosticCode(
        "invalid-session-name",
        summary: "An 'as:' user label is empty, only white space, or longer than 100 characters."
    )
    /// An `action:` value that is not a Lex V2 dialog action type.
    public static let unknownAction = DiagnosticCode(
        "unknown-action",
        summary: "An 'action:' expectation is not ElicitSlot, ConfirmIntent, ElicitIntent, Close or Delegate."
    )
    /// A `state:` value that is not a Lex V2 intent state.
    public static let unknownIntentState = DiagnosticCode(
        "unknown-intent-state",
        summary: "A 'state:' expectation is not a Lex V2 intent state (InProgress, Fulfilled, Failed, ...)."
    )
    /// A `confirmation:` value that is not a Lex V2 confirmation state.
    public static let unknownConfirmationState = DiagnosticCode(
        "unknown-confirmation-state",
        summary: "A 'confirmation:' expectation is not None, Confirmed or Denied."
    )
    /// A meeting record or selector names a field the Meetings table does not have.
    public static let unknownRecordField = DiagnosticCode(
        "unknown-record-field",
        summary: "A meeting record or selector names a field the Meetings table does not have."
    )
    /// A meeting record field whose text has the wrong form.
    public static let invalidRecordValue = DiagnosticCode(
        "invalid-record-value",
        summary:
            "A meeting field has the wrong form: a status other than pending, approved or rejected, a date not "
            + "YYYY-MM-DD, a time not HH:MM, a duration that is not whole minutes or disagrees with the times."
    )
    /// A selector that names no field and would match every record.
    public static let emptySelector = DiagnosticCode(
        "empty-selector",
        summary: "An 'approve', 'reject' or 'absent' selector names no field, so it would match every record."
    )
    /// Two seeded meetings with the same `meetingId`.
    public static let duplicateMeetingId = DiagnosticCode(
        "duplicate-meeting-id",
        summary: "Two meetings under 'given.meetings' share a meetingId; reported at the second."
    )
    /// Keys that cannot appear together, such as `user` and `approve` in one step.
    public static let conflictingKeys = DiagnosticCode(
        "conflicting-keys",
        summary:
            "Keys that exclude each other appear together: 'user' with 'approve' or 'reject' in one turn, "
            + "or two reply forms in one 'bot:' mapping."
    )
    /// Two conversations of one file with the same name.
    public static let duplicateConversationName = DiagnosticCode(
        "duplicate-conversation-name",
        summary: "Two conversations in one file share a name, so reports could not tell them apart."
    )
    /// A `locale:` the bot does not have.
    public static let unknownBotLocale = DiagnosticCode(
        "unknown-bot-locale",
        summary: "A script's 'locale:' is not a locale of the bot it runs against."
    )
    /// An `intent:` expectation naming no intent of the locale.
    public static let unknownIntent = DiagnosticCode(
        "unknown-intent",
        summary: "An 'intent:' expectation names no intent of the script's locale."
    )
    /// A slot name the expected intent (or, without one, every intent) lacks.
    public static let unknownSlot = DiagnosticCode(
        "unknown-slot",
        summary:
            "A 'slot:' or 'slots:' name is not a slot of the turn's expected intent, or, when the turn names no "
            + "intent, of any intent of the locale."
    )

    /// A `wait:` that is not a length of time such as `90s`, `10m` or `1h30m`.
    public static let invalidWait = DiagnosticCode(
        "invalid-wait",
        summary: "A 'wait:' step is not a length of time written with units d, h, m, s, such as 90s, 10m or 1h30m."
    )
    /// A `clock:` that is not a real date and time, or that would turn the clock back.
    public static let invalidClock = DiagnosticCode(
        "invalid-clock",
        summary:
            "A 'clock:' step is not a real date and time written as YYYY-MM-DDTHH:MM[:SS], or is earlier than the "
            + "script's clock at that point."
    )
    /// A `hooks:` item whose source is not a Lex V2 invocation source.
    public static let unknownHookSource = DiagnosticCode(
        "unknown-hook-source",
        summary: "A 'hooks:' expectation names a source other than DialogCodeHook or FulfillmentCodeHook."
    )
    /// A `hooks:` label that no code hook of the bot is called with.
    public static let unknownInvocationLabel = DiagnosticCode(
        "unknown-invocation-label",
        summary: "A 'hooks:' expectation names an invocation label that no code hook step of the bot has."
    )

    /// Every code the Conversations module declares. Decoding also reports the YAML layer's codes
    /// (`unknown-key`, `missing-key`, `type-mismatch`, `value-out-of-range`, `empty-file`, ...).
    public static let conversationCodes: [DiagnosticCode] = [
        .invalidRegex, .invalidNow, .invalidSessionName, .unknownAction, .unknownIntentState,
        .unknownConfirmationState, .unknownRecordField, .invalidRecordValue, .emptySelector, .duplicateMeetingId,
        .conflictingKeys, .duplicateConversationName, .unknownBotLocale, .unknownIntent, .unknownSlot, .invalidWait,
        .invalidClock, .unknownHookSource, .unknownInvocationLabel,
    ]
}
