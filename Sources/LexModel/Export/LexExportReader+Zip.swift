import Foundation
import MeetyDiagnostics
import ZIPFoundation

extension LexExportReader {
    /// Reads an export from the bytes of a zip (a console download or `LexZipWriter` output).
    ///
    /// - Parameter source: the zip's display path, used in diagnostics.
    public func read(zip data: Data, source: String, into bag: inout DiagnosticBag) -> LexBotExport? {
        guard let files = unzip(data, source: source, into: &bag) else { return nil }
        return read(files: files, source: source, into: &bag)
    }

    /// The JSON files of a zip, keyed by entry path; `nil` (with diagnostics) when the zip cannot be
    /// read safely.
    ///
    /// Directory entries and non-JSON files are skipped. Symbolic links and entries with an
    /// absolute or `..` path are refused. Extraction stops at `limits.maxFiles` entries and at
    /// `limits.maxTotalBytes` decompressed bytes, counted as bytes are produced rather than trusted
    /// from the headers, so a zip bomb ends in a `lex-export-too-large` diagnostic.
    public func unzip(_ data: Data, source: String, into bag: inout DiagnosticBag) -> [String: Data]? {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            bag.error(.lexInvalidZip, "not a readable zip archive (\(error))", at: .startOf(source))
            return nil
        }
        var files: [String: Data] = [:]
        var entryCount = 0
        var totalBytes = 0
        var failed = false
        for entry in archive {
            entryCount += 1
            guard entryCount <= limits.maxFiles else {
                bag.error(.lexExportTooLarge, "the zip has more than \(limits.maxFiles) entries", at: .startOf(source))
                return nil
            }
            let path = entry.path
            let span = SourceSpan.startOf("\(source)/\(path)")
            guard Self.safeRelativePath(path) != nil else {
                bag.error(.lexUnsafePath, "refused zip entry '\(path)': it leads outside the export", at: span)
                failed = true
                continue
            }
            switch entry.type {
            case .directory:
                continue
            case .symlink:
                bag.error(.lexUnsafePath, "refused zip entry '\(path)': symbolic links are not allowed", at: span)
                failed = true
                continue
            case .file:
                break
            }
            guard path.lowercased().hasSuffix(".json") else { continue }
            guard files[path] == nil else {
                bag.error(.lexInvalidZip, "the zip holds entry '\(path)' twice", at: span)
                failed = true
                continue
            }
            let budget = limits.maxTotalBytes - totalBytes
            guard entry.uncompressedSize <= UInt64(max(budget, 0)) else {
                bag.error(.lexExportTooLarge, tooLargeMessage, at: .startOf(source))
                return nil
            }
            var content = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    totalBytes += chunk.count
                    guard totalBytes <= limits.maxTotalBytes else { throw SizeLimitExceeded() }
                    content.append(chunk)
                }
            } catch is SizeLimitExceeded {
                bag.error(.lexExportTooLarge, tooLargeMessage, at: .startOf(source))
                return nil
            } catch {
                bag.error(.lexInvalidZip, "zip entry '\(path)' cannot be extracted (\(error))", at: span)
                failed = true
                continue
            }
            files[path] = content
        }
        return failed ? nil : files
    }

    private var tooLargeMessage: String {
        "the zip expands to more than \(limits.maxTotalBytes) bytes of JSON"
    }
}

/// Thrown from the extraction callback to stop decompressing once the byte budget is spent.
private struct SizeLimitExceeded: Error {}
