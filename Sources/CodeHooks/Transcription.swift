/// One transcription of the input (`transcriptions[]`). Lex sends one even for typed text, with
/// the intent and slots it resolved from that transcription.
public struct Transcription: Codable, Sendable, Equatable {
    /// The transcribed text.
    public var transcription: String
    /// Confidence 0...1.
    public var transcriptionConfidence: Double?
    /// The intent this transcription resolved to.
    public var resolvedContext: ResolvedContext?
    /// The slots resolved from this transcription, by slot name.
    public var resolvedSlots: [String: Slot?]?

    /// The context a transcription resolved to.
    public struct ResolvedContext: Codable, Sendable, Equatable {
        /// The intent name.
        public var intent: String?

        /// Creates a resolved context.
        public init(intent: String?) {
            self.intent = intent
        }
    }

    /// Creates a transcription.
    public init(
        transcription: String,
        transcriptionConfidence: Double? = 1.0,
        resolvedContext: ResolvedContext? = nil,
        resolvedSlots: [String: Slot?]? = nil
    ) {
        self.transcription = transcription
        self.transcriptionConfidence = transcriptionConfidence
        self.resolvedContext = resolvedContext
        self.resolvedSlots = resolvedSlots
    }
}
