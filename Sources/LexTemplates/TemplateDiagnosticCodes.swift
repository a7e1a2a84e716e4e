import MeetyDiagnostics

extension DiagnosticCode {
    /// The file is not a CloudFormation template with an AWS::Lex::Bot resource.
    public static let templateNoBot = DiagnosticCode(
        "template-no-bot",
        summary:
            "The file is not a CloudFormation template with an AWS::Lex::Bot resource, or holds several and none was chosen."
    )

    /// The bot of a template is not inline.
    public static let templateBotNotInline = DiagnosticCode(
        "template-bot-not-inline",
        summary:
            "The AWS::Lex::Bot imports its bot from S3 (BotFileS3Location) instead of defining BotLocales inline; read the zip instead."
    )

    /// A part of the bot cannot be read from the template.
    public static let templateMalformed = DiagnosticCode(
        "template-malformed",
        summary:
            "A part of the AWS::Lex::Bot (a locale, intent, slot or slot type) is missing a required property or has the wrong shape."
    )

    /// An intrinsic function cannot be evaluated without a stack.
    public static let templateUnresolved = DiagnosticCode(
        "template-unresolved",
        summary:
            "An intrinsic function or parameter cannot be evaluated outside a deployed stack; the value the warning names is used (a warning)."
    )

    /// A property of the bot resource is not part of the bot model.
    public static let templateIgnoredProperty = DiagnosticCode(
        "template-ignored-property",
        summary:
            "A property of the AWS::Lex::Bot resource (aliases, tags, replication) is deployment configuration, not part of the bot, and is not read (a warning)."
    )

    /// Every code the LexTemplates module declares.
    public static let templateCodes: [DiagnosticCode] = [
        .templateNoBot, .templateBotNotInline, .templateMalformed, .templateUnresolved, .templateIgnoredProperty,
    ]
}
