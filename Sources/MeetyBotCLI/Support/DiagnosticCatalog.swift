import BotImport
import BotModel
import ConversationRunner
import Conversations
import LexCompiler
import LexConditions
import LexModel
import LexTemplates
import MeetyDiagnostics
import MeetyWorld
import YAMLNode

/// Every diagnostic code the tool can report, grouped by the stage that reports it.
///
/// The single list behind `meety-bot diagnostics` and docs/diagnostics.md; a test regenerates the
/// document from it, so the documented codes cannot drift from the code.
public enum DiagnosticCatalog {
    /// One stage's codes.
    public struct Section: Sendable {
        /// The stage, as a heading.
        public var title: String
        /// Its codes, sorted by identifier.
        public var codes: [DiagnosticCode]
    }

    /// Every section, in pipeline order.
    public static let sections: [Section] = [
        Section(
            title: "Input files", codes: DiagnosticCode.commonCodes + DiagnosticCode.cliCodes + DiagnosticCode.gitCodes),
        Section(title: "YAML and field decoding", codes: DiagnosticCode.yamlCodes),
        Section(title: "Bot validation (meety-bot validate, compile)", codes: DiagnosticCode.botCodes),
        Section(title: "Lex export reading (--lex)", codes: DiagnosticCode.lexModelCodes),
        Section(title: "CloudFormation templates (--lex, diff, import)", codes: DiagnosticCode.templateCodes),
        Section(title: "Compilation", codes: DiagnosticCode.lexCompilerCodes),
        Section(title: "Import (meety-bot import)", codes: DiagnosticCode.importCodes),
        Section(title: "Conditions (conversation-flow branches)", codes: DiagnosticCode.conditionCodes),
        Section(title: "Conversation scripts (checked before they run)", codes: DiagnosticCode.conversationCodes),
        Section(
            title: "Conversation runs (meety-bot test)", codes: DiagnosticCode.runnerCodes + DiagnosticCode.impactCodes),
        Section(title: "MeetyBot's Meetings world (--store)", codes: DiagnosticCode.meetingsWorldCodes),
    ].map { Section(title: $0.title, codes: $0.codes.sorted()) }

    /// The reference document (docs/diagnostics.md).
    public static func markdown() -> String {
        var text = """
            # Diagnostic codes

            Every problem meety-bot reports prints as `file:line:col: severity: message [code]`. The code is \
            stable (scripts and CI filters may match on it); the wording of messages may improve. This page \
            is generated from the code by `meety-bot diagnostics --markdown`; a test keeps it current.

            """
        for section in sections {
            text += "\n## \(section.title)\n\n| code | meaning |\n|---|---|\n"
            for code in section.codes {
                text += "| `\(code.id)` | \(code.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        return text
    }

    /// One line per code, for the terminal.
    public static func plainText() -> String {
        sections.map { section in
            "\(section.title):\n" + section.codes.map { "  \($0.id)  \($0.summary)" }.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}
