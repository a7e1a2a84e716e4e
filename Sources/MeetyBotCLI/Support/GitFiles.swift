import Foundation
import MeetyDiagnostics

extension DiagnosticCode {
    /// A `REV:PATH` argument could not be read from git.
    public static let gitUnreadable = DiagnosticCode(
        "git-unreadable",
        summary:
            "A REV:PATH argument could not be read with git: not a repository, an unknown revision, or no such path in it."
    )

    /// The codes of the command line's git access.
    public static let gitCodes: [DiagnosticCode] = [.gitUnreadable]
}

/// Reads files of a git revision (`HEAD:bots/meetybot.yaml`, `main~2:build/lex/MeetyBot`) by running
/// `git` in the current folder: the command line's side of `meety-bot diff` and `test --affected-by`,
/// so the libraries get bytes and never run git or read the disk.
enum GitFiles {
    /// What `REV:PATH` names.
    enum Object {
        /// A file's bytes.
        case file([UInt8])
        /// A folder's files, keyed by path relative to it.
        case folder([String: Data])
    }

    /// The file or folder `spec` (`REV:PATH`) names, or `nil` after a `git-unreadable` diagnostic.
    static func read(_ spec: String, into bag: inout DiagnosticBag) -> Object? {
        let type = run(["cat-file", "-t", spec])
        guard type.status == 0 else {
            bag.error(.gitUnreadable, "cannot read '\(spec)' from git: \(type.errorText)", at: .startOf(spec))
            return nil
        }
        switch String(decoding: type.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) {
        case "blob":
            let blob = run(["cat-file", "blob", spec])
            guard blob.status == 0 else {
                bag.error(.gitUnreadable, "cannot read '\(spec)' from git: \(blob.errorText)", at: .startOf(spec))
                return nil
            }
            return .file(Array(blob.output))
        case "tree":
            let listing = run(["ls-tree", "-r", "-z", "--name-only", spec])
            guard listing.status == 0 else {
                bag.error(.gitUnreadable, "cannot list '\(spec)' in git: \(listing.errorText)", at: .startOf(spec))
                return nil
            }
            let names = listing.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                .filter { $0.lowercased().hasSuffix(".json") }
            return batch(spec, names, into: &bag).map(Object.folder)
        default:
            bag.error(.gitUnreadable, "'\(spec)' is neither a file nor a folder in git", at: .startOf(spec))
            return nil
        }
    }

    /// Reads every file `names` of the tree `spec` with one `git cat-file --batch`.
    private static func batch(_ spec: String, _ names: [String], into bag: inout DiagnosticBag) -> [String: Data]? {
        let request = names.map { "\(spec)/\($0)\n" }.joined()
        let result = run(["cat-file", "--batch"], input: Data(request.utf8))
        guard result.status == 0 else {
            bag.error(.gitUnreadable, "cannot read the files of '\(spec)': \(result.errorText)", at: .startOf(spec))
            return nil
        }
        var files: [String: Data] = [:]
        var rest = result.output[...]
        for name in names {
            guard let newline = rest.firstIndex(of: 0x0A) else { break }
            let header = String(decoding: rest[rest.startIndex..<newline], as: UTF8.self).split(separator: " ")
            rest = rest[(newline + 1)...]
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), rest.count >= size else {
                bag.error(.gitUnreadable, "cannot read '\(spec)/\(name)' from git", at: .startOf(spec))
                return nil
            }
            files[name] = Data(rest.prefix(size))
            rest = rest.dropFirst(size + 1)
        }
        return files
    }

    /// The result of one git command.
    private struct Result {
        var status: Int32
        var output: Data
        var error: Data
        var errorText: String {
            let text = String(decoding: error, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? "git exited with status \(status)" : text
        }
    }

    /// Runs `git arguments` in the current folder, feeding `input`, and waits for it to end.
    private static func run(_ arguments: [String], input: Data = Data()) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            return Result(status: -1, output: Data(), error: Data("cannot run git: \(error)".utf8))
        }
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, error: errors.wait())
    }

    /// Reads a pipe to its end on a thread of its own, so a full error pipe cannot block the command.
    private final class ErrorCollector: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            let thread = Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
            thread.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
