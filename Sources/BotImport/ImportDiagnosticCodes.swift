import MeetyDiagnostics

extension DiagnosticCode {
    /// A setting of the imported bot that the bot format cannot express.
    public static let importNotExpressible = DiagnosticCode(
        "import-not-expressible",
        summary:
            "A setting of the imported bot cannot be written in the bot format; the warning says what the YAML keeps instead (a warning)."
    )

    /// Every code the BotImport module declares.
    public static let importCodes: [DiagnosticCode] = [.importNotExpressible]
}
