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
