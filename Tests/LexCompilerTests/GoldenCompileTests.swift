import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Compiled output")
struct GoldenCompileTests {
    @Test("compiled files match the goldens", arguments: GoldenCase.allCases)
    func golden(goldenCase: GoldenCase) throws {
        let compiled = try goldenCase.compiled()
        try GoldenFiles.assertMatches(
            compiled.files, directory: goldenCase.directory.appendingPathComponent("expected"))
    }

    @Test("the output layout is the one DESIGN §4 describes", arguments: GoldenCase.allCases)
    func layout(goldenCase: GoldenCase) throws {
        let compiled = try goldenCase.compiled()
        let name = compiled.name
        #expect(compiled.files["\(name)/Manifest.json"] != nil)
        #expect(compiled.files["\(name)/\(name)/Bot.json"] != nil)
        #expect(compiled.files["\(name).zip"] != nil)
        #expect(compiled.files["\(name).template.json"] != nil)
        for path in compiled.files.keys where path.hasSuffix(".json") {
            let text = String(decoding: try #require(compiled.files[path]), as: UTF8.self)
            #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"), "\(path)")
            #expect(!text.contains("\\/"), "\(path)")
            if path.hasSuffix("Intent.json") {
                let lists = text.components(separatedBy: ": []").count - 1
                #expect(lists <= 1 && (lists == 0 || text.contains("\"slotPriorities\": []")), "\(path)")
            } else {
                #expect(!text.contains(": []"), "\(path) writes an empty list")
            }
        }
    }

    @Test("compile, render, read back: the same model, from the tree and from the zip", arguments: GoldenCase.allCases)
    func roundTrip(goldenCase: GoldenCase) throws {
        let compiled = try goldenCase.compiled()
        var bag = DiagnosticBag()
        let reader = LexExportReader()
        let fromTree = reader.read(files: treeFiles(compiled), source: compiled.treeRoot, into: &bag)
        let fromZip = reader.read(
            zip: try #require(compiled.files[compiled.zipPath]), source: compiled.zipPath, into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        #expect(fromTree == sortedByName(compiled.export))
        #expect(fromZip == fromTree)
    }

    @Test("compiling twice gives identical bytes, zip included", arguments: GoldenCase.allCases)
    func deterministic(goldenCase: GoldenCase) throws {
        let first = try goldenCase.compiled()
        let second = try goldenCase.compiled()
        #expect(LexCompiler().export(try goldenCase.validatedBot()) == first.export)
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, data) in first.files {
            #expect(second.files[path] == data, "\(path) differs between runs")
        }
    }
}
