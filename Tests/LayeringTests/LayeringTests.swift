import Foundation
import MeetyTestSupport
import Testing

@Suite("Layering: every import follows docs/CONTRIBUTING.md's table")
struct LayeringTests {
    /// The repository's table.
    static func table() throws -> LayerTable {
        try LayerTable(markdown: String(contentsOf: TestResources.path("docs/CONTRIBUTING.md"), encoding: .utf8))
    }

    /// Every Swift file under Sources/, by target.
    static func sources() throws -> [String: [String: String]] {
        let root = TestResources.path("Sources")
        var result: [String: [String: String]] = [:]
        for target in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let folder = root.appendingPathComponent(target)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            var texts: [String: String] = [:]
            while let relative = files.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                texts["Sources/\(target)/\(relative)"] = try String(
                    contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            }
            if !texts.isEmpty || target == "CLibYAML" { result[target] = texts }
        }
        return result
    }

    @Test("no target imports a module outside its row, and every target has a row")
    func repositoryFollowsTheTable() throws {
        let violations = try Self.table().violations(in: try Self.sources())
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
    }

    @Test("the runner depends on no bot: neither MeetyBot's hooks nor the AWS store")
    func runnerKnowsNoBot() throws {
        let allowed = try #require(try Self.table().allowed["ConversationRunner"])
        for module in ["MeetyLambda", "MeetyWorld", "DynamoDBStore", "MeetyAWS", "MeetingRecords"] {
            #expect(!allowed.contains(module), "\(module)")
        }
    }

    @Test("an arrow outside the table is caught, with the file and the module")
    func aForbiddenImportFails() throws {
        var sources = try Self.sources()
        sources["LexFacts", default: [:]]["Sources/LexFacts/Sneaky.swift"] =
            "import Foundation\n@testable import LexRuntime\n"
        sources["ConversationRunner", default: [:]]["Sources/ConversationRunner/Sneaky.swift"] =
            "#if canImport(Glibc)\n    import Glibc\n#endif\ninternal import MeetyLambda\n"
        sources["Unlisted"] = ["Sources/Unlisted/A.swift": "import Foundation\n"]
        let violations = try Self.table().violations(in: sources)
        #expect(
            violations.map(\.description) == [
                "Sources/ConversationRunner/Sneaky.swift: ConversationRunner imports MeetyLambda, which its row does not allow",
                "Sources/LexFacts/Sneaky.swift: LexFacts imports LexRuntime, which its row does not allow",
                "target Unlisted has no row in the layer table (Sources/Unlisted/A.swift)",
            ])
    }

    @Test("imports are read with attributes, access levels and kinds")
    func importForms() {
        let text = """
            import Foundation
            @testable import BotModel
            internal import CLibYAML
            import struct ZIPFoundation.Archive
            // import NotAModule
            let x = "import AlsoNot"
            """
        #expect(LayerTable.imports(in: text) == ["Foundation", "BotModel", "CLibYAML", "ZIPFoundation"])
    }
}
