import ConversationRunner
import Foundation
import MeetyDiagnostics
import YAMLNode

/// Reading input files and finding the default inputs, with every failure as a diagnostic.
enum InputFiles {
    /// The bot files to use: the given paths (a folder stands for its `.yaml`/`.yml` files, as
    /// `meety-bot compile bots/` reads), or every such file in `bots/`.
    static func botFiles(_ paths: [String], into bag: inout DiagnosticBag) -> [String] {
        if !paths.isEmpty {
            return paths.flatMap { path in
                guard isDirectory(path) else { return [path] }
                let found = yamlFiles(in: path)
                if found.isEmpty {
                    bag.error(.unreadableFile, "no bot files (.yaml/.yml) found in '\(path)'", at: .startOf(path))
                }
                return found
            }
        }
        let found = yamlFiles(in: "bots")
        if found.isEmpty {
            bag.error(.unreadableFile, "no bot files given and none found in bots/", at: .startOf("bots"))
        }
        return found
    }

    /// The paths with every folder replaced by the `.yaml`/`.yml` files under it, in order.
    static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { isDirectory($0) ? yamlFiles(in: $0) : [$0] }
    }

    /// Whether `path` names an existing folder.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every `.yaml`/`.yml` file under `directory`, recursively, sorted.
    static func yamlFiles(in directory: String) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        // `conversations/` and `conversations` name the same files: `conversations/booking/x.yaml`.
        var base = Substring(directory)
        while base.count > 1, base.hasSuffix("/") { base = base.dropLast() }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            let path = base == "." ? relative : "\(base)/\(relative)"
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// The bytes of `path`, or a diagnostic saying why it cannot be read.
    ///
    /// Reads at most `maxBytes + 1` bytes, so a huge file or an endless device such as `/dev/zero`
    /// costs bounded time and memory before it is refused as too large.
    static func read(
        _ path: String,
        maxBytes: Int = YAMLLimits.default.maxBytes,
        into bag: inout DiagnosticBag
    ) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            bag.error(.unreadableFile, "cannot read '\(path)': no such file", at: .startOf(path))
            return nil
        }
        guard !isDirectory.boolValue else {
            bag.error(.unreadableFile, "cannot read '\(path)': it is a directory", at: .startOf(path))
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            bag.error(.unreadableFile, "cannot read '\(path)': permission denied or unreadable", at: .startOf(path))
            return nil
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            bag.error(.unreadableFile, "cannot read '\(path)': \(error.localizedDescription)", at: .startOf(path))
            return nil
        }
        guard data.count <= maxBytes else {
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            let actual = size.flatMap { $0 > maxBytes ? "\($0) bytes" : nil } ?? "more than \(maxBytes) bytes"
            bag.error(
                .yamlFileTooLarge, "file is \(actual), more than the limit of \(maxBytes) bytes", at: .startOf(path))
            return nil
        }
        return [UInt8](data)
    }
}

/// The disk as the library's `SourceFiles`: the one place a run's inputs are read from.
struct DiskFiles: SourceFiles {
    func read(_ path: String, into bag: inout DiagnosticBag) -> [UInt8]? { InputFiles.read(path, into: &bag) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func isDirectory(_ path: String) -> Bool { InputFiles.isDirectory(path) }

    func yamlFiles(in directory: String) -> [String] { InputFiles.yamlFiles(in: directory) }
}
