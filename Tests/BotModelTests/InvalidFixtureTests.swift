import BotModel
import Foundation
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// The invalid bot files under `Fixtures/invalid/`, each with its expected diagnostics written
/// in its first lines.
@Suite("Invalid bot fixtures")
struct InvalidFixtureTests {
    static let directory = TestResources.path("Tests/BotModelTests/Fixtures/invalid")

    /// Every fixture file name, sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test("there are at least 40 invalid fixtures")
    func enoughFixtures() {
        #expect(Self.names.count >= 40)
    }

    @Test("each fixture produces exactly its expected diagnostics, quickly", arguments: names)
    func fixture(_ name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let text = String(decoding: data, as: UTF8.self)
        let expected = try #require(FixtureExpectation.parse(text), "malformed '# expect:' line in \(name)")
        #expect(!expected.isEmpty, "\(name) has no '# expect:' line")

        var bag = DiagnosticBag()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = BotLoader().load(Array(data), file: "invalid/\(name)", into: &bag)
        }
        #expect(elapsed < BuildSanitizer.hangBound, "\(name) took \(elapsed)")

        let actual = bag.sorted
        let comparable = zip(actual, expected.map { $0.message != nil }).map { diagnostic, withMessage in
            FixtureExpectation(diagnostic, withMessage: withMessage)
        }
        #expect(
            actual.count == expected.count && comparable == expected,
            "\(name):\n\(actual.map { "# expect: \(FixtureExpectation($0, withMessage: false))\n# message: \($0.message)" }.joined(separator: "\n"))"
        )
        for diagnostic in actual {
            #expect(diagnostic.span?.file == "invalid/\(name)")
        }
    }
}
