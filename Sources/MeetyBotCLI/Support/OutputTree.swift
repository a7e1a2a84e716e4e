import Foundation

/// The compiler's output directory on disk: every file under it, and removal of files the
/// compiler no longer produces (with the folders they leave empty).
enum OutputTree {
    /// Every regular file under `directory`, as paths relative to it, with its contents.
    static func read(_ directory: String) -> [String: Data] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [:] }
        var files: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = "\(directory)/\(relative)"
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = manager.contents(atPath: path) ?? Data()
        }
        return files
    }

    /// Removes `paths` (relative to `directory`) and then any folder left empty.
    static func remove(_ paths: [String], under directory: String) {
        let manager = FileManager.default
        var folders = Set<String>()
        for path in paths {
            try? manager.removeItem(atPath: "\(directory)/\(path)")
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let full = "\(directory)/\(folder)"
            if (try? manager.contentsOfDirectory(atPath: full))?.isEmpty == true {
                try? manager.removeItem(atPath: full)
            }
        }
    }
}
