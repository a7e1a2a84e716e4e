/// `Manifest.json` at the root of an export: what kind of export this is.
///
/// Real console exports spell the file `Manifest.json` and the key `metaData` (the developer guide's
/// `manifest.json`/`metadata` form is older); this model writes the real form.
public struct LexManifest: Codable, Sendable, Equatable {
    /// The format description.
    public var metaData: LexManifestMetadata

    /// Creates a value; absent optional keys are written as `null`.
    public init(metaData: LexManifestMetadata) {
        self.metaData = metaData
    }
}

/// The body of `Manifest.json`.
public struct LexManifestMetadata: Codable, Sendable, Equatable {
    /// Always `LexJson` for this format.
    public var fileFormat: String
    /// `BOT` for a whole-bot export (the only kind this reader accepts).
    public var resourceType: String
    /// `"1"` in every real export.
    public var schemaVersion: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(fileFormat: String, resourceType: String, schemaVersion: String) {
        self.fileFormat = fileFormat
        self.resourceType = resourceType
        self.schemaVersion = schemaVersion
    }
}

extension LexManifest {
    /// The manifest of a whole-bot export exactly as the Lex console writes it:
    /// `{"metaData":{"fileFormat":"LexJson","resourceType":"BOT","schemaVersion":"1"}}`.
    public static let bot = LexManifest(
        metaData: LexManifestMetadata(fileFormat: "LexJson", resourceType: "BOT", schemaVersion: "1")
    )
}
