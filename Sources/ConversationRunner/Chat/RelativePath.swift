import Foundation

/// Relative paths between files, computed from the text of their paths.
///
/// A saved script names its bot relative to the script's own folder (as `bot:` is read), so the
/// pair can be moved or checked in together. The computation is lexical, like
/// `ScriptDiscovery.botPath` that reads the path back, so the two always agree.
enum RelativePath {
    /// The absolute, normalised form of `path`, resolved against `directory` when relative.
    static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for component in joined.split(separator: "/") where component != "." {
            if component == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path of `target` relative to the folder `base`; both are absolute and normalised.
    static func from(folder base: String, to target: String) -> String {
        let from = base.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = [Substring](repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    /// The path of the file `target` relative to the folder holding the file `script`, both given
    /// as the user wrote them (relative to `directory`, the working directory).
    static func of(_ target: String, relativeToFolderOf script: String, in directory: String) -> String {
        let scriptPath = absolute(script, from: directory)
        let folder = (scriptPath as NSString).deletingLastPathComponent
        return from(folder: folder, to: absolute(target, from: directory))
    }
}
