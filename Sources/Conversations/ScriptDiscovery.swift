/// Pure path helpers for `meety-bot test PATH...`: which listed files are scripts, and where a
/// script's `bot:` points.
///
/// The CLI does the file I/O (listing folders recursively); these functions only decide, so the
/// rules are the same for every caller and testable without a file system.
public enum ScriptDiscovery {
    /// The file extensions of conversation scripts, compared case-insensitively.
    public static let extensions = ["yaml", "yml"]

    /// Whether `path` names a conversation script: its extension is `.yaml` or `.yml` (any case)
    /// and no component of the path is hidden (starts with `.`, other than `.` and `..`), so
    /// editor backups and tool folders such as `.build` are skipped.
    public static func isScript(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let last = components.last, let dot = last.lastIndex(of: "."), dot != last.startIndex else {
            return false
        }
        let fileExtension = last[last.index(after: dot)...].lowercased()
        guard extensions.contains(fileExtension) else { return false }
        return !components.contains { $0.hasPrefix(".") && $0 != "." && $0 != ".." }
    }

    /// The scripts among `paths` (files found by listing the folders given on the command line),
    /// without duplicates and sorted by path so runs and reports are in a stable order.
    public static func scripts(among paths: [String]) -> [String] {
        Array(Set(paths.filter(isScript))).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The path of a script's `bot:` file: `bot` itself when absolute, otherwise `bot` relative to
    /// the folder of `scriptFile`, with `.` and inner `..` components folded away.
    public static func botPath(_ bot: String, relativeTo scriptFile: String) -> String {
        if bot.hasPrefix("/") { return normalize(bot) }
        let folder = scriptFile.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        if folder.isEmpty && !scriptFile.hasPrefix("/") { return normalize(bot) }
        return normalize(folder + "/" + bot)
    }

    /// Folds `.` and `name/..` out of a path; leading `..` of a relative path are kept.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if component == "..", absolute {
                continue
            } else {
                parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
