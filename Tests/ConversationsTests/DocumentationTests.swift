import Conversations
import Foundation
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("docs/conversation-format.md stays true")
struct DocumentationTests {
    private static func document() throws -> String {
        try String(contentsOf: TestResources.path("docs/conversation-format.md"), encoding: .utf8)
    }

    /// The contents of every fenced block opened with exactly ```yaml.
    private static func yamlBlocks(in text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```yaml" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test("every yaml example decodes without a diagnostic and fits MeetyBot")
    func examplesDecode() throws {
        let blocks = Self.yamlBlocks(in: try Self.document())
        #expect(blocks.count >= 10)
        for block in blocks {
            let (loaded, diagnostics) = Load.file(block)
            #expect(diagnostics.isEmpty, "\(diagnostics)\n\(block)")
            for script in loaded?.scripts ?? [] {
                let problems = ConversationChecker().check(script, against: ConversationCheckerTests.bot)
                #expect(problems.isEmpty, "\(problems)\n\(block)")
            }
        }
    }

    @Test("every code is declared once, documented in the catalog and in the reference")
    func codesAreDocumented() throws {
        let text = try Self.document()
        let ids = DiagnosticCode.conversationCodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        for code in DiagnosticCode.conversationCodes {
            #expect(text.contains("`\(code.id)`"), "\(code.id) is not in docs/conversation-format.md")
            #expect(code.summary.hasSuffix("."), "\(code.id)")
            #expect(code.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code.id)")
        }
        #expect(Set(ids).isDisjoint(with: DiagnosticCode.yamlCodes.map(\.id)))
    }
}
