import Foundation

/// A temporary project folder for one test: files are written into it, the CLI runs in it, and it
/// is removed afterwards, so tests never touch the repository or each other.
public final class Workspace {
    /// The folder.
    public let root: URL

    /// Creates an empty folder.
    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("meety-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The URL of `path` inside the workspace.
    public func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// Writes `text` to `path`, creating folders.
    public func write(_ path: String, _ text: String) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The text of `path`.
    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// The bytes of `path`.
    public func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    /// Whether `path` exists.
    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    /// Copies a file of the repository (relative to the package root) to `path`.
    public func copyFromRepository(_ source: String, to path: String) throws {
        try write(path, String(contentsOf: TestResources.path(source), encoding: .utf8))
    }

    /// Every regular file under `path`, relative to it, sorted.
    public func files(under path: String) throws -> [String] {
        try GoldenFiles.listFiles(under: url(path))
    }
}
