import MeetyDiagnostics
import YAMLNode

/// The front half of the compile pipeline: bytes → YAML nodes → `BotDefinition` → `ValidatedBot`.
///
/// Each stage reports into one bag; the pipeline stops between stages when a stage found errors,
/// so a syntax error is not followed by a cascade of decoding errors.
public struct BotLoader: Sendable {
    /// Parses YAML.
    public var parser: YAMLParser
    /// Decodes the bot format.
    public var decoder: BotDecoder
    /// Runs the validation rules.
    public var validator: BotValidator

    /// Creates a loader with the default stages.
    public init(
        parser: YAMLParser = YAMLParser(),
        decoder: BotDecoder = BotDecoder(),
        validator: BotValidator = BotValidator()
    ) {
        self.parser = parser
        self.decoder = decoder
        self.validator = validator
    }

    /// Decodes without validating (for tools that want the raw definition).
    public func decode(_ bytes: [UInt8], file: String, into bag: inout DiagnosticBag) -> BotDefinition? {
        var local = DiagnosticBag()
        let root = parser.parse(bytes, file: file, into: &local)
        guard !local.hasErrors else {
            bag.append(contentsOf: local)
            return nil
        }
        let definition = decoder.decode(root, file: file, into: &local)
        bag.append(contentsOf: local)
        return local.hasErrors ? nil : definition
    }

    /// Parses, decodes and validates one bot file.
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The display path used in diagnostics.
    ///   - strict: Treat warnings as errors.
    ///   - bag: Receives every diagnostic.
    /// - Returns: The validated bot, or `nil` when any stage found an error.
    public func load(_ bytes: [UInt8], file: String, strict: Bool = false, into bag: inout DiagnosticBag)
        -> ValidatedBot?
    {
        guard let definition = decode(bytes, file: file, into: &bag) else { return nil }
        return validator.validate(definition, strict: strict, into: &bag)
    }

    /// Loads a bot from text (tests and in-memory callers).
    public func load(_ text: String, file: String, strict: Bool = false, into bag: inout DiagnosticBag) -> ValidatedBot?
    {
        load(Array(text.utf8), file: file, strict: strict, into: &bag)
    }
}
