import Foundation
import Testing

/// Compares generated files with a committed golden directory, or records them.
///
/// Set `MEETY_RECORD=1` to rewrite the goldens. Recording always fails the test, so a fresh
/// recording can never pass CI by accident; re-run without the variable to check.
public enum GoldenFiles {
    /// Whether this run records goldens instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["MEETY_RECORD"] != nil }

    /// Checks `files` (relative path → contents) against the files under `directory`.
    ///
    /// Reports files that differ (with a unified diff from `diff -u` when available), files missing
    /// from the goldens and golden files that were not produced.
    public static func assertMatches(
        _ files: [String: Data],
        directory: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let fileManager = FileManager.default
        if isRecording {
            try? fileManager.removeItem(at: directory)
            for (path, data) in files {
                let url = directory.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record(
                "recorded \(files.count) golden files in \(directory.path); re-run without MEETY_RECORD",
                sourceLocation: sourceLocation
            )
            return
        }
        let existing = Set(try listFiles(under: directory))
        let produced = Set(files.keys)
        for path in produced.subtracting(existing).sorted() {
            Issue.record("golden file missing: \(path) (record with MEETY_RECORD=1)", sourceLocation: sourceLocation)
        }
        for path in existing.subtracting(produced).sorted() {
            Issue.record("golden file no longer produced: \(path)", sourceLocation: sourceLocation)
        }
        for path in produced.intersection(existing).sorted() {
            let url = directory.appendingPathComponent(path)
            let expected = try Data(contentsOf: url)
            guard let actual = files[path], actual != expected else { continue }
            Issue.record(
                "golden file differs: \(path)\n\(unifiedDiff(expected: url, actual: actual))",
                sourceLocation: sourceLocation
            )
        }
    }

    /// Every regular file under `directory`, as paths relative to it, sorted.
    public static func listFiles(under directory: URL) throws -> [String] {
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    private static func unifiedDiff(expected: URL, actual: Data) -> String {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("meety-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard (try? actual.write(to: temporary)) != nil else { return "" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", expected.path, temporary.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "" }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output.prefix(8_000), as: UTF8.self)
    }
}
