import Foundation

/// The dependency rule of the package, read from the table in docs/CONTRIBUTING.md: which modules
/// each target may import.
struct LayerTable: Equatable {
    /// Modules every target may import: the platform.
    static let platform: Set<String> = [
        "Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Darwin", "Synchronization",
    ]

    /// Target → the modules its row allows.
    var allowed: [String: Set<String>]

    /// Parses the rows `| `Target` | role | A, B, C |` of the markdown table headed `| target | role | may import |`.
    /// - Throws: `LayerTableError` when the table is missing or a row is malformed.
    init(markdown: String) throws {
        var rows: [String: Set<String>] = [:]
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "| target | role | may import |" {
                inTable = true
                continue
            }
            guard inTable else { continue }
            guard trimmed.hasPrefix("|") else {
                if !rows.isEmpty { break }
                continue
            }
            if trimmed.hasPrefix("|---") { continue }
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else {
                throw LayerTableError(message: "malformed row: \(trimmed)")
            }
            let target = String(cells[0].dropFirst().dropLast())
            let imports =
                cells[2] == "—" ? [] : cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[target] = Set(imports)
        }
        guard !rows.isEmpty else { throw LayerTableError(message: "no '| target | role | may import |' table") }
        allowed = rows
    }

    /// One import outside the table.
    struct Violation: Equatable, CustomStringConvertible {
        /// The importing target.
        var target: String
        /// The imported module (or `nil` when the target has no row at all).
        var module: String?
        /// Where the import is.
        var file: String

        var description: String {
            guard let module else { return "target \(target) has no row in the layer table (\(file))" }
            return "\(file): \(target) imports \(module), which its row does not allow"
        }
    }

    /// Every import in `sources` (target → file path → text) the table does not allow.
    func violations(in sources: [String: [String: String]]) -> [Violation] {
        var found: [Violation] = []
        for (target, files) in sources.sorted(by: { $0.key < $1.key }) {
            guard let allowed = allowed[target] else {
                found.append(Violation(target: target, module: nil, file: files.keys.sorted().first ?? target))
                continue
            }
            for (file, text) in files.sorted(by: { $0.key < $1.key }) {
                for module in Self.imports(in: text) where module != target {
                    if !allowed.contains(module) && !Self.platform.contains(module) {
                        found.append(Violation(target: target, module: module, file: file))
                    }
                }
            }
        }
        return found
    }

    /// The modules `text` imports: `import X`, with any attributes or access level before it
    /// (`@testable`, `@_exported`, `internal`, `public`), also inside `#if` blocks.
    static func imports(in text: String) -> [String] {
        var modules: [String] = []
        for line in text.split(separator: "\n") {
            var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            while let first = words.first,
                first.hasPrefix("@")
                    || [
                        "internal", "public", "private", "package",
                        "fileprivate",
                    ].contains(first)
            {
                words.removeFirst()
            }
            guard words.count >= 2, words[0] == "import" else { continue }
            // `import struct Foundation.URL` names the module after the kind.
            let name =
                ["struct", "class", "enum", "protocol", "func", "var", "typealias"].contains(words[1])
                ? (words.count > 2 ? words[2] : "") : words[1]
            modules.append(String(name.prefix { $0 != "." }))
        }
        return modules
    }
}

/// The layer table cannot be read.
struct LayerTableError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
