import Foundation
import MeetyTestSupport
import Testing

/// The hostile corpus (`Tests/Corpus/hostile/`) through the built CLI, as a user would meet it:
/// malformed syntax, encodings, binary data, empty files, wrong types, broken limits and references,
/// alias bombs and deep nesting, plus huge documents made at test time. Each must end in its
/// diagnostic at its line and column and exit code 1, within a second of CPU and bounded memory.
@Suite("Hostile corpus through the CLI")
struct HostileCorpusTests {
    /// One line of `expected.txt`.
    struct Entry: Sendable, CustomStringConvertible {
        /// The file, relative to the corpus folder (`bots/...` or `conversations/...`).
        var file: String
        /// The code of the first error the file must produce.
        var code: String
        /// Where: `line:column`.
        var position: String

        var description: String { file }

        /// `validate FILE` for a bot, `test FILE` for a conversation (run from the repository, whose
        /// one bot in bots/ is the default).
        var arguments: [String] {
            [file.hasPrefix("bots/") ? "validate" : "test", HostileCorpusTests.prefix + file]
        }
    }

    static let prefix = "Tests/Corpus/hostile/"

    static let entries: [Entry] = {
        let manifest = (try? String(contentsOf: TestResources.path(prefix + "expected.txt"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return fields.count == 3 ? Entry(file: fields[0], code: fields[1], position: fields[2]) : nil
        }
    }()

    @Test("the corpus has at least 100 files and the manifest lists exactly them")
    func manifestMatchesFiles() throws {
        var files: [String] = []
        for folder in ["bots", "conversations"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: TestResources.path(Self.prefix + folder).path)
            files += names.map { "\(folder)/\($0)" }
        }
        #expect(files.count >= 100)
        #expect(files.sorted() == Self.entries.map(\.file).sorted())
    }

    @Test("every corpus file exits 1 with its diagnostic, within a second of CPU and bounded memory")
    func corpus() async throws {
        let root = TestResources.packageRoot
        let problems = try await Self.forEach(Self.entries) { entry in
            try await Self.problems(entry.arguments, in: root, file: Self.prefix + entry.file, entry)
        }
        for (entry, found) in zip(Self.entries, problems) where !found.isEmpty {
            Issue.record("\(entry.file):\n  \(found.joined(separator: "\n  "))")
        }
    }

    @Test("huge documents made at test time", arguments: HugeInput.allCases)
    func huge(_ input: HugeInput) async throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("bots/meetybot.yaml", to: "bots/meetybot.yaml")
        let data = input.contents()
        try FileManager.default.createDirectory(
            at: workspace.url(input.file).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: workspace.url(input.file))
        let command = input.file.hasPrefix("bots/") ? "validate" : "test"
        let entry = Entry(file: input.file, code: input.code, position: input.position)
        let found = try await Self.problems([command, input.file], in: workspace.root, file: input.file, entry)
        #expect(found.isEmpty, "\(input.file) (\(data.count) bytes):\n  \(found.joined(separator: "\n  "))")
    }

    #if os(Linux)
        @Test("an endless device is refused after a bounded read")
        func endlessDevice() async throws {
            let entry = Entry(file: "/dev/zero", code: "yaml-file-too-large", position: "1:1")
            let found = try await Self.problems(
                ["validate", "/dev/zero"], in: TestResources.packageRoot, file: "/dev/zero", entry)
            #expect(found.isEmpty, "\(found)")
        }
    #endif

    /// Runs the CLI and lists what it did wrong: its exit code, a missing diagnostic, the budget.
    static func problems(_ arguments: [String], in directory: URL, file: String, _ entry: Entry) async throws
        -> [String]
    {
        let budget = ResourceBudget.current
        let result = try await MeasuredRun.run(arguments, in: directory, wallLimit: budget.wall)
        var found = budget.violations(of: result)
        if result.status != 1 { found.append("exit code \(result.status.map(String.init) ?? "none (killed)"), not 1") }
        let lines = result.stderr.split(separator: "\n")
        let wanted = "\(file):\(entry.position): error: "
        if !lines.contains(where: { $0.hasPrefix(wanted) && $0.hasSuffix("[\(entry.code)]") }) {
            found.append(
                "no '\(wanted)... [\(entry.code)]' on standard error:\n    \(lines.prefix(3).joined(separator: "\n    "))"
            )
        }
        return found
    }

    /// Runs `body` on every item, three at a time (the CLI runs are processes; more would only
    /// compete for the cores), and returns the results in item order.
    static func forEach<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ body: @escaping @Sendable (Item) async throws -> Output
    ) async throws -> [Output] {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: items.count)
            var next = 0
            for _ in 0..<min(3, items.count) {
                let index = next
                group.addTask { (index, try await body(items[index])) }
                next += 1
            }
            while let (index, output) = try await group.next() {
                results[index] = output
                if next < items.count {
                    let index = next
                    group.addTask { (index, try await body(items[index])) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
