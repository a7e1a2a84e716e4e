import Foundation
import MeetyDiagnostics
import ZIPFoundation

/// Writes export files as a deterministic zip, ready for Lex `StartImport` or a CloudFormation
/// `BotFileS3Location`.
///
/// Entries are written in sorted path order, deflated, with a fixed modification time
/// (1980-01-01 00:00, the first instant a zip can record) and fixed permissions, and without
/// directory entries, so the same files always give the same bytes and a committed zip only
/// changes when its content does. The zip root is the export root: `Manifest.json` and
/// `<Bot>/...`, which is what the Lex importer expects.
public enum LexZipWriter {
    /// The modification time written for every entry.
    public static let modificationDate = Date(timeIntervalSince1970: 315_532_800)

    /// Zips `files` (paths relative to the zip root).
    public static func zip(_ files: [String: Data]) throws(Diagnostic) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for path in files.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                guard let content = files[path], LexExportReader.safeRelativePath(path) == path else {
                    throw Diagnostic.error(.lexUnrenderable, "cannot zip the path '\(path)'", at: nil)
                }
                try archive.addEntry(
                    with: path,
                    type: .file,
                    uncompressedSize: Int64(content.count),
                    modificationDate: modificationDate,
                    permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    let start = Int(position)
                    return content.subdata(in: start..<min(start + size, content.count))
                }
            }
            guard let data = archive.data else {
                throw Diagnostic.error(.lexUnrenderable, "the zip archive produced no data", at: nil)
            }
            return data
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic.error(.lexUnrenderable, "cannot write the zip archive (\(error))", at: nil)
        }
    }
}
