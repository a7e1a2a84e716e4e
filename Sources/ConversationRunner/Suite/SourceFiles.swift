import MeetyDiagnostics

/// The files a run reads: bot files, exports, scripts. The command line supplies the disk-backed
/// implementation, so the library reads through it and never touches the disk itself, and tests
/// can hand it files held in memory.
public protocol SourceFiles: Sendable {
    /// The bytes of `path`, or `nil` after a diagnostic saying why it cannot be read (missing, a
    /// folder, unreadable, over the size limit).
    func read(_ path: String, into bag: inout DiagnosticBag) -> [UInt8]?
    /// Whether `path` exists.
    func exists(_ path: String) -> Bool
    /// Whether `path` names an existing folder.
    func isDirectory(_ path: String) -> Bool
    /// Every `.yaml`/`.yml` file under `directory`, recursively, sorted.
    func yamlFiles(in directory: String) -> [String]
}

extension SourceFiles {
    /// The paths with every folder replaced by the `.yaml`/`.yml` files under it, in order.
    public func expand(_ paths: [String]) -> [String] {
        paths.flatMap { isDirectory($0) ? yamlFiles(in: $0) : [$0] }
    }
}
