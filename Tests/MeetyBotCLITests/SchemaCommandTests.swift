import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot schema`, the committed schemas, and the repository's YAML files against them.
@Suite struct SchemaCommandTests {
    @Test(arguments: ["bot", "conversation"])
    func printsTheCommittedSchema(_ format: String) async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("schema", format)
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try String(contentsOf: TestResources.path("schemas/\(format).schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "schemas/\(format).schema.json is stale: meety-bot schema \(format) > it")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func anUnknownFormatIsMisuse() async throws {
        let result = try await Workspace().run("schema", "bots")
        #expect(result.status == 64)
    }

    @Test func everyRepositoryYAMLFileNamesItsSchemaInItsFirstLine() throws {
        for folder in ["bots", "conversations", "Tests/BotModelTests/Fixtures/valid", "Tests/LexCompilerTests/Golden"] {
            for file in try GoldenFiles.listFiles(under: TestResources.path(folder)) where file.hasSuffix(".yaml") {
                let path = "\(folder)/\(file)"
                let text = try String(contentsOf: TestResources.path(path), encoding: .utf8)
                let kind = folder == "conversations" ? "conversation" : "bot"
                let depth = path.split(separator: "/").count - 1
                let expected =
                    "# yaml-language-server: $schema="
                    + String(repeating: "../", count: depth) + "schemas/\(kind).schema.json\n"
                #expect(text.hasPrefix(expected), "\(path)")
            }
        }
    }

    /// scripts/check-schemas.py with Python's jsonschema: every repository bot and script is valid,
    /// the hostile corpus's schema errors are rejected, `schema` prints the committed files and
    /// `init`'s files are valid. CI installs jsonschema; without python3 and it, the test is skipped.
    @Test(.enabled(if: Self.pythonHasJSONSchema, "needs python3 with jsonschema and PyYAML"))
    func theRepositoryAndTheHostileCorpusAgainstTheSchemas() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestResources.path("scripts/check-schemas.py").path, "--cli", try CLI.executable().path,
        ]
        // The check takes seconds: its output goes to a file and the test suspends until it exits,
        // rather than blocking one of the few threads the parallel tests share.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("check-schemas-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try await process.runUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(text)")
        // MeetyBot's own 43 scripts at least (examples add more); a count the check read, not a constant.
        let counted = text.firstMatch(of: /(\d+) bot files and (\d+) conversation files valid against their schemas/)
        #expect((counted.flatMap { Int($0.output.2) } ?? 0) >= 43, "\(text)")
        #expect((counted.flatMap { Int($0.output.1) } ?? 0) >= 1, "\(text)")
        #expect(text.contains("hostile corpus: "), "\(text)")
    }

    static let pythonHasJSONSchema: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema, yaml"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }()
}
