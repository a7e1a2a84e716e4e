import Foundation
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// The real console exports committed under `Fixtures/`.
enum Fixture: String, CaseIterable, CustomStringConvertible {
    case pizzaShop = "PizzaShop"
    case travelBuddy = "TravelBuddy"
    case qicTestBot = "QicTestBot"

    var description: String { rawValue }

    var directory: URL { TestResources.path("Tests/LexModelTests/Fixtures/\(rawValue)") }

    /// The fixture's JSON files, keyed by path relative to the export root.
    func files() throws -> [String: Data] {
        var bag = DiagnosticBag()
        let files = LexExportReader().loadFiles(directory: directory, source: rawValue, into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        return try #require(files)
    }

    /// The fixture read from its directory, failing the test on any diagnostic.
    func export() throws -> LexBotExport {
        var bag = DiagnosticBag()
        let export = LexExportReader().read(directory: directory, source: rawValue, into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        return try #require(export)
    }
}

/// Reads `files` and returns the export and the diagnostics.
func readExport(_ files: [String: Data], source: String = "test") -> (LexBotExport?, [Diagnostic]) {
    var bag = DiagnosticBag()
    let export = LexExportReader().read(files: files, source: source, into: &bag)
    return (export, bag.diagnostics)
}

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> Data { Data(text.utf8) }
