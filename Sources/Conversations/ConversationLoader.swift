import MeetyDiagnostics
import YAMLNode

/// Bytes of a conversation file → YAML nodes → `ConversationFile`.
///
/// Stops between stages when a stage found errors, so a syntax error is not followed by a cascade
/// of decoding errors. The bot check (`ConversationChecker`) comes after, once the runner knows
/// which bot each script runs against.
public struct ConversationLoader: Sendable {
    /// Parses YAML (with its size, depth and alias limits).
    public var parser: YAMLParser
    /// Decodes the conversation format.
    public var decoder: ConversationDecoder

    /// Creates a loader with the default stages.
    public init(parser: YAMLParser = YAMLParser(), decoder: ConversationDecoder = ConversationDecoder()) {
        self.parser = parser
        self.decoder = decoder
    }

    /// Parses and decodes one conversation file.
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The display path used in diagnostics and kept in the scripts (for `bot:` paths).
    ///   - bag: Receives every diagnostic.
    /// - Returns: The file's scripts, or `nil` when any error was found.
    public func load(_ bytes: [UInt8], file: String, into bag: inout DiagnosticBag) -> ConversationFile? {
        var local = DiagnosticBag()
        let root = parser.parse(bytes, file: file, into: &local)
        guard !local.hasErrors else {
            bag.append(contentsOf: local)
            return nil
        }
        let decoded = decoder.decode(root, file: file, into: &local)
        bag.append(contentsOf: local)
        return local.hasErrors ? nil : decoded
    }

    /// Loads a conversation file from text (tests and in-memory callers).
    public func load(_ text: String, file: String, into bag: inout DiagnosticBag) -> ConversationFile? {
        load(Array(text.utf8), file: file, into: &bag)
    }
}

extension ConversationLoader {
    /// One file to load: its display path and contents.
    public struct Source: Sendable {
        /// The display path.
        public var path: String
        /// The contents.
        public var bytes: [UInt8]

        /// Creates a source.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Loads many files on `jobs` tasks and returns each file's result and diagnostics in input
    /// order, so output does not depend on which task finished first. Parsing thousands of scripts
    /// is a visible part of a run, and the files are independent, so it uses every core: each task
    /// takes an interleaved share of the files (every `jobs`-th), which balances sizes that vary.
    public func load(_ sources: [Source], jobs: Int) async -> [(file: ConversationFile?, diagnostics: DiagnosticBag)] {
        let loader = self
        let tasks = max(1, min(jobs, sources.count))
        return await withTaskGroup(of: [(Int, ConversationFile?, DiagnosticBag)].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    stride(from: task, to: sources.count, by: tasks).map { index in
                        var bag = DiagnosticBag()
                        let file = loader.load(sources[index].bytes, file: sources[index].path, into: &bag)
                        return (index, file, bag)
                    }
                }
            }
            var results = [(file: ConversationFile?, diagnostics: DiagnosticBag)](
                repeating: (nil, DiagnosticBag()), count: sources.count)
            for await share in group {
                for (index, file, bag) in share { results[index] = (file, bag) }
            }
            return results
        }
    }
}
