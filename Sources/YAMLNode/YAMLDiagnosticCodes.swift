import MeetyDiagnostics

extension DiagnosticCode {
    /// libyaml rejected the text.
    public static let yamlSyntax = DiagnosticCode(
        "yaml-syntax",
        summary: "The file is not well-formed YAML (reported at libyaml's problem mark)."
    )
    /// The same key appears twice in one mapping.
    public static let yamlDuplicateKey = DiagnosticCode(
        "yaml-duplicate-key",
        summary: "A mapping repeats a key; reported at the second occurrence with a note at the first."
    )
    /// Alias expansion would exceed the node budget.
    public static let yamlAliasLimit = DiagnosticCode(
        "yaml-alias-limit",
        summary: "Expanding aliases would exceed the node limit (an alias bomb such as billion laughs)."
    )
    /// A document with more nodes than the limit, without aliases.
    public static let yamlNodeLimit = DiagnosticCode(
        "yaml-node-limit",
        summary: "The document has more nodes (texts, mappings and lists) than the limit."
    )
    /// An alias names an anchor that was never defined.
    public static let yamlUndefinedAlias = DiagnosticCode(
        "yaml-undefined-alias",
        summary: "An alias (*name) refers to an anchor (&name) that is not defined before it."
    )
    /// Mappings and sequences nest too deeply.
    public static let yamlDepthLimit = DiagnosticCode(
        "yaml-depth-limit",
        summary: "Mappings and lists are nested deeper than the limit."
    )
    /// The file is larger than the accepted size.
    public static let yamlFileTooLarge = DiagnosticCode(
        "yaml-file-too-large",
        summary: "The file is larger than the accepted input size."
    )
    /// The bytes are not UTF-8, or contain characters YAML forbids.
    public static let yamlInvalidEncoding = DiagnosticCode(
        "yaml-invalid-encoding",
        summary: "The file is not valid UTF-8 text (binary data, UTF-16, or a bad byte sequence)."
    )
    /// More than one YAML document in a file.
    public static let yamlMultipleDocuments = DiagnosticCode(
        "yaml-multiple-documents",
        summary: "The file holds more than one YAML document (a second '---')."
    )
    /// A mapping key that is a mapping or a list.
    public static let yamlComplexKey = DiagnosticCode(
        "yaml-complex-key",
        summary: "A mapping key is itself a mapping or a list; keys must be plain text."
    )
    /// The file holds no document at all.
    public static let emptyFile = DiagnosticCode(
        "empty-file",
        summary: "The file is empty or holds only comments and white space."
    )
    /// A key the format does not define.
    public static let unknownKey = DiagnosticCode(
        "unknown-key",
        summary: "A mapping has a key the format does not define (with a did-you-mean hint)."
    )
    /// A key the format requires is absent.
    public static let missingKey = DiagnosticCode(
        "missing-key",
        summary: "A required key is absent; reported at the mapping that lacks it."
    )
    /// A value of the wrong kind (a list where text is expected, `yes` where a boolean is expected).
    public static let typeMismatch = DiagnosticCode(
        "type-mismatch",
        summary: "A value has the wrong type (for example a list where text is expected, or 'yes' for a boolean)."
    )
    /// A number outside its allowed range, or a list with too few or too many items.
    public static let valueOutOfRange = DiagnosticCode(
        "value-out-of-range",
        summary: "A number is outside its allowed range, or a list has too few or too many items."
    )

    /// Every code the YAML layer and its decoding helpers emit.
    public static let yamlCodes: [DiagnosticCode] = [
        .yamlSyntax, .yamlDuplicateKey, .yamlAliasLimit, .yamlNodeLimit, .yamlUndefinedAlias,
        .yamlDepthLimit, .yamlFileTooLarge, .yamlInvalidEncoding, .yamlMultipleDocuments, .yamlComplexKey, .emptyFile,
        .unknownKey, .missingKey, .typeMismatch, .valueOutOfRange,
    ]
}
