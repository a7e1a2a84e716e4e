import MeetyDiagnostics

extension DiagnosticCode {
    /// The CloudFormation template is too large to inline the bot.
    public static let lexTemplateTooLarge = DiagnosticCode(
        "lex-template-too-large",
        summary: "The inline CloudFormation template would exceed 1,000,000 bytes; it points at the zip in S3 instead."
    )

    /// Two bot files define bots with the same name.
    public static let duplicateBotName = DiagnosticCode(
        "duplicate-bot-name",
        summary: "Two bot files define bots with the same name, which would write the same output files."
    )

    /// Every code the LexCompiler module declares.
    public static let lexCompilerCodes: [DiagnosticCode] = [.lexTemplateTooLarge, .duplicateBotName]
}
