import Foundation

/// How committed compiler output differs from what the compiler produces now (`compile --check`).
///
/// A pure comparison: the CLI reads the files and lists the directory, this decides what is stale.
public struct CompiledOutputCheck: Sendable, Equatable {
    /// Files present with different content, sorted.
    public var changed: [String]
    /// Files the compiler produces that are not on disk, sorted.
    public var missing: [String]
    /// Files on disk the compiler no longer produces, sorted.
    public var orphaned: [String]

    /// Creates a result.
    public init(changed: [String] = [], missing: [String] = [], orphaned: [String] = []) {
        self.changed = changed
        self.missing = missing
        self.orphaned = orphaned
    }

    /// Whether the output on disk is exactly what the compiler produces.
    public var isUpToDate: Bool { changed.isEmpty && missing.isEmpty && orphaned.isEmpty }

    /// Compares expected output with the disk.
    ///
    /// - Parameters:
    ///   - expected: what the compiler produces, by path relative to the output directory.
    ///   - onDisk: the contents of the files found on disk (at least those of `expected`'s paths
    ///     that exist), by the same relative paths.
    ///   - present: every file under the output directory that the compiler owns; the CLI decides
    ///     which files those are (for example everything under `build/lex`).
    public static func compare(
        expected: [String: Data],
        onDisk: [String: Data],
        present: Set<String>
    ) -> CompiledOutputCheck {
        var result = CompiledOutputCheck()
        for path in expected.keys.sorted() {
            guard present.contains(path) || onDisk[path] != nil, let actual = onDisk[path] else {
                result.missing.append(path)
                continue
            }
            if actual != expected[path] { result.changed.append(path) }
        }
        result.orphaned = present.subtracting(expected.keys).sorted()
        return result
    }
}
