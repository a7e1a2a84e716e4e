import Foundation
import MeetyFuzzing
import MeetyTestSupport
import Testing

/// Every input the fuzzer (`scripts/fuzz.sh`) found to break a loader, kept so the fix stays fixed.
/// `Tests/Corpus/fuzz/README.md` says what each one broke and why.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let directory = TestResources.path("Tests/Corpus/fuzz")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0 != "README.md" }.sorted()
    }()

    @Test("the regression corpus is not empty, and scripts are checked against a two-locale bot")
    func setUp() {
        #expect(!Self.names.isEmpty)
        #expect(FuzzTarget.outline.locales.map(\.id) == ["en_US", "en_GB"])
        #expect(FuzzTarget.outline.locale("en_US")?.intent("BookMeeting")?.slots.count == 3)
    }

    @Test("each input that once broke a loader now keeps every loader contract", arguments: names)
    func regression(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let problems = FuzzTarget.check(bytes)
        #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
    }
}
