import MeetyDiagnostics

extension DiagnosticCode {
    /// A file of an export is not well-formed JSON.
    public static let lexInvalidJSON = DiagnosticCode(
        "lex-invalid-json",
        summary: "A file of a Lex export is not well-formed JSON (reported at the offending character)."
    )
    /// A file is JSON but does not have the shape the Lex export format defines.
    public static let lexSchemaMismatch = DiagnosticCode(
        "lex-schema-mismatch",
        summary: "A Lex export file has a missing key, a value of the wrong type or an unknown enumeration value."
    )
    /// A file the export layout requires is absent.
    public static let lexMissingFile = DiagnosticCode(
        "lex-missing-file",
        summary: "A Lex export lacks a required file: Manifest.json, Bot.json, a BotLocale.json or an Intent.json."
    )
    /// The folder structure does not follow the export layout.
    public static let lexExportLayout = DiagnosticCode(
        "lex-export-layout",
        summary: "A Lex export's folders do not follow the layout (several bots, names that differ from folders)."
    )
    /// The manifest describes something other than a whole-bot LexJson export.
    public static let lexUnsupportedManifest = DiagnosticCode(
        "lex-unsupported-manifest",
        summary: "The manifest is not a whole-bot LexJson export (fileFormat LexJson, resourceType BOT)."
    )
    /// The zip archive cannot be read.
    public static let lexInvalidZip = DiagnosticCode(
        "lex-invalid-zip",
        summary: "The Lex export zip is not a readable zip archive (truncated, corrupt, or another format)."
    )
    /// A file path would lead outside the export root.
    public static let lexUnsafePath = DiagnosticCode(
        "lex-unsafe-path",
        summary: "A file or zip entry has an absolute path, a '..' component or is a symbolic link, and is refused."
    )
    /// The export is larger than the configured limits.
    public static let lexExportTooLarge = DiagnosticCode(
        "lex-export-too-large",
        summary: "The export has more files or more uncompressed bytes than the reader accepts (zip bomb guard)."
    )
    /// A model value cannot be written as an export.
    public static let lexUnrenderable = DiagnosticCode(
        "lex-unrenderable",
        summary:
            "A model cannot be written as export files: a name is not usable as a folder, or a number is not finite."
    )
    /// The bot's folder is named differently from the bot.
    public static let lexBotFolderMismatch = DiagnosticCode(
        "lex-bot-folder-mismatch",
        summary:
            "A bot's folder in an export differs from the name in its Bot.json (a real console export does this); "
            + "the bot is read under its name."
    )
    /// A key spelt as the API or another export spells it.
    public static let lexKeySpelling = DiagnosticCode(
        "lex-key-spelling",
        summary:
            "An export file spells a key as the API or another export does (active, messageGroups, buttonsList) "
            + "instead of the documented export spelling; it is read with its meaning."
    )

    /// A locale folder is named after no locale Lex V2 supports.
    public static let lexUnknownLocale = DiagnosticCode(
        "lex-unknown-locale",
        summary:
            "A Lex export has a locale folder named after no locale Amazon Lex V2 supports (such as en_US or ko_KR)."
    )

    /// Every code the LexModel module declares.
    public static let lexModelCodes: [DiagnosticCode] = [
        .lexInvalidJSON, .lexSchemaMismatch, .lexMissingFile, .lexExportLayout, .lexUnsupportedManifest,
        .lexInvalidZip, .lexUnsafePath, .lexExportTooLarge, .lexUnrenderable, .lexBotFolderMismatch, .lexKeySpelling,
        .lexUnknownLocale,
    ]
}
