/// The JSON Schemas (draft 2020-12) of meety-bot's two YAML formats, for editors with a YAML language
/// server: what `meety-bot schema bot|conversation` prints and `schemas/*.schema.json` holds.
///
/// Each is built from its decoder's key tables, so a key the decoder accepts cannot be missing from
/// the schema: `problems` lists any mismatch, and a test requires it to be empty.
public enum FormatSchemas {
    /// The formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Bot definitions (`bots/*.yaml`).
        case bot
        /// Conversation scripts (`conversations/*.yaml`).
        case conversation

        /// The schema's file name in `schemas/`.
        public var fileName: String { "\(rawValue).schema.json" }
    }

    /// The schema of `format`.
    public static func schema(_ format: Format) -> FormatSchema {
        switch format {
        case .bot: BotSchema.build()
        case .conversation: ConversationSchema.build()
        }
    }
}
