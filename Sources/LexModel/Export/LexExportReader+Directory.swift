import Foundation
import MeetyDiagnostics

extension LexExportReader {
    /// Reads an export from a directory: a compiled tree (`build/lex/MeetyBot`) or an unzipped
    /// console export.
    ///
    /// Only JSON files are loaded; hidden files are skipped, and `limits` bound how many files and
    /// bytes are read. This is the one place the library reads the disk: `meety-bot test --lex DIR`
    /// and the tests need the same traversal, and keeping it next to the zip reader keeps the
    /// limits in one place.
    /// - Parameter source: the display path used in diagnostics; defaults to the directory's path.
    public func read(directory: URL, source: String? = nil, into bag: inout DiagnosticBag) -> LexBotExport? {
        let display = source ?? directory.path
        guard let files = loadFiles(directory: directory, source: display, into: &bag) else { return nil }
        return read(files: files, source: display, into: &bag)
    }

    /// The JSON files under `directory`, keyed by `/`-separated path relative to it.
    public func loadFiles(directory: URL, source: String, into bag: inout DiagnosticBag) -> [String: Data]? {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            bag.error(.unreadableFile, "'\(source)' is not a directory", at: .startOf(source))
            return nil
        }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
        guard
            let enumerator = fileManager.enumerator(
                at: URL(fileURLWithPath: base, isDirectory: true),
                includingPropertiesForKeys: keys,
                options: [.skipsHiddenFiles]
            )
        else {
            bag.error(.unreadableFile, "cannot list the directory '\(source)'", at: .startOf(source))
            return nil
        }
        var files: [String: Data] = [:]
        var totalBytes = 0
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "json",
                (try? url.resourceValues(forKeys: Set(keys)))?.isRegularFile == true
            else { continue }
            let fullPath = url.standardizedFileURL.path
            guard fullPath.hasPrefix(base + "/") else { continue }
            let relative = String(fullPath.dropFirst(base.count + 1))
            guard files.count < limits.maxFiles else {
                bag.error(
                    .lexExportTooLarge, "the directory holds more than \(limits.maxFiles) JSON files",
                    at: .startOf(source))
                return nil
            }
            guard let data = try? Data(contentsOf: url) else {
                bag.error(.unreadableFile, "cannot read '\(relative)'", at: .startOf("\(source)/\(relative)"))
                continue
            }
            totalBytes += data.count
            guard totalBytes <= limits.maxTotalBytes else {
                bag.error(
                    .lexExportTooLarge,
                    "the directory holds more than \(limits.maxTotalBytes) bytes of JSON",
                    at: .startOf(source)
                )
                return nil
            }
            files[relative] = data
        }
        return bag.hasErrors ? nil : files
    }
}
