import Foundation
import MeetyBotCLI
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Diagnostic code reference")
struct DiagnosticsDocTests {
    @Test("docs/diagnostics.md is the generated reference (regenerate: meety-bot diagnostics --markdown)")
    func documentIsCurrent() throws {
        let committed = try String(contentsOf: TestResources.path("docs/diagnostics.md"), encoding: .utf8)
        #expect(committed == DiagnosticCatalog.markdown())
    }

    @Test("every code is listed once, with a summary, and identifiers are kebab-case")
    func codesAreUniqueAndDocumented() {
        let codes = DiagnosticCatalog.sections.flatMap(\.codes)
        #expect(Set(codes.map(\.id)).count == codes.count)
        for code in codes {
            #expect(!code.summary.isEmpty, "\(code.id)")
            #expect(code.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(code.id)")
        }
    }
}
