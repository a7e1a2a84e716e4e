import MeetyDiagnostics

extension DiagnosticCode {
    /// The CloudFormation template is too large to inline the bot.
    public static let lexTemplateTooLarge = DiagnosticCode(
        "lex-template-too-large",
        summary: "The inline CloudFormation template would exceed 1,000,000 bytes; it points at the zip in S3 instead."
    )

    /// Every code the LexCompiler module declares.
    public static let lexCompilerCodes: [DiagnosticCode] = [.lexTemplateTooLarge]
}
