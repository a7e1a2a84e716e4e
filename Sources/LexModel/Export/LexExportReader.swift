import Foundation
import MeetyDiagnostics

/// Loads a Lex V2 bot export (a compiled tree or a real console export) into a `LexBotExport`.
///
/// The reader accepts `Manifest.json` or `manifest.json`, and an export whose content sits under
/// one extra top-level folder (some people re-zip exports that way). Files the model does not use
/// (`ConversationFlow.json`, `CustomVocabulary.json`, anything that is not JSON) are ignored.
/// Locales, intents, slots and slot types are sorted by name, because folder order in a zip or on
/// disk carries no meaning; slot elicitation order comes from `slotPriorities`.
///
/// Every problem is a diagnostic naming the file (`<source>/<path>`), with the line and column
/// for JSON errors; reading continues past a bad file so one run reports them all, and returns
/// `nil` when any error was found. Nothing in the input can crash the reader: paths leading
/// outside the root are refused, and zips and directories are bounded by `LexExportLimits`.
public struct LexExportReader: Sendable {
    /// The bounds applied to zips and directories.
    public var limits: LexExportLimits

    /// Creates a reader.
    public init(limits: LexExportLimits = .default) {
        self.limits = limits
    }

    /// Reads an export from files keyed by `/`-separated paths relative to the export root.
    ///
    /// - Parameter source: the display name of the export (a directory or zip path), prefixed to
    ///   each file's path in diagnostics.
    public func read(files: [String: Data], source: String, into bag: inout DiagnosticBag) -> LexBotExport? {
        var errors = DiagnosticBag()
        let normalized = Self.normalize(files, source: source, into: &errors)
        guard let root = Self.findRoot(in: normalized, source: source, into: &errors) else {
            bag.append(contentsOf: errors)
            return nil
        }
        var assembler = LexExportAssembler(source: source, root: root)
        for (path, data) in normalized where path.hasPrefix(root) {
            assembler.add(path: String(path.dropFirst(root.count)), data: data, into: &errors)
        }
        let export = assembler.assemble(into: &errors)
        bag.append(contentsOf: errors)
        return errors.hasErrors ? nil : export
    }

    /// Cleans paths: `\` becomes `/`, `.` components and empty components go, directories and
    /// macOS metadata (`__MACOSX/`, `.DS_Store`) are dropped, and absolute paths or paths with a
    /// `..` component are refused with a diagnostic.
    static func normalize(
        _ files: [String: Data],
        source: String,
        into bag: inout DiagnosticBag
    ) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in files.keys.sorted() {
            guard let clean = safeRelativePath(path) else {
                bag.error(
                    .lexUnsafePath,
                    "refused path '\(path)': it is absolute or leads outside the export",
                    at: .startOf(source)
                )
                continue
            }
            guard !clean.isEmpty, !path.hasSuffix("/") else { continue }
            let parts = clean.split(separator: "/")
            if parts.first == "__MACOSX" || parts.last == ".DS_Store" { continue }
            result[clean] = files[path]
        }
        return result
    }

    /// The path with `/` separators and no `.` or empty components, or `nil` when it is absolute
    /// (`/x`, `C:x`) or has a `..` component.
    static func safeRelativePath(_ path: String) -> String? {
        let slashed = path.replacingOccurrences(of: "\\", with: "/")
        if slashed.hasPrefix("/") { return nil }
        if let first = slashed.split(separator: "/").first, first.count >= 2, first.dropFirst().first == ":" {
            return nil
        }
        var parts: [Substring] = []
        for part in slashed.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { return nil }
            if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The prefix under which the export lies: `""`, or `"<folder>/"` when everything sits in one
    /// extra top-level folder that holds the manifest.
    static func findRoot(in files: [String: Data], source: String, into bag: inout DiagnosticBag) -> String? {
        let manifests = [LexExportLayout.manifestPath, LexExportLayout.lowercaseManifestPath]
        if manifests.contains(where: { files[$0] != nil }) { return "" }
        let tops = Set(files.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
        if tops.count == 1, let top = tops.first, manifests.contains(where: { files["\(top)/\($0)"] != nil }) {
            return top + "/"
        }
        let detail = files.isEmpty ? "the export is empty" : "no Manifest.json at the root of the export"
        bag.error(.lexMissingFile, detail, at: .startOf(source))
        return nil
    }
}

/// Bounds on what the reader loads from a zip or a directory, so a zip bomb or a huge folder ends
/// in a diagnostic instead of exhausting memory.
///
/// The defaults are far above a real bot: the largest Lex bot (1,000 intents of 100 slots) is
/// some tens of thousands of files and tens of megabytes.
public struct LexExportLimits: Sendable, Hashable {
    /// The most entries a zip may have (or JSON files a directory may hold).
    public var maxFiles: Int
    /// The most bytes the JSON files may hold in total, uncompressed.
    public var maxTotalBytes: Int

    /// Creates limits.
    public init(maxFiles: Int = 50_000, maxTotalBytes: Int = 128 * 1024 * 1024) {
        self.maxFiles = maxFiles
        self.maxTotalBytes = maxTotalBytes
    }

    /// The limits used unless a caller chooses others.
    public static let `default` = LexExportLimits()
}
