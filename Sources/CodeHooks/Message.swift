/// A message to the user (`messages[]`). `contentType` is a plain string so that an unknown type
/// reaches the validator and is reported by name.
public struct Message: Codable, Sendable, Equatable {
    /// `PlainText`, `SSML`, `CustomPayload` or `ImageResponseCard`.
    public var contentType: String
    /// The text, for every type but image response cards.
    public var content: String?
    /// The card, for `ImageResponseCard`.
    public var imageResponseCard: ImageResponseCard?

    /// Creates a message.
    public init(contentType: String = Message.plainText, content: String?, imageResponseCard: ImageResponseCard? = nil)
    {
        self.contentType = contentType
        self.content = content
        self.imageResponseCard = imageResponseCard
    }

    /// A plain-text message.
    public static func plain(_ text: String) -> Message {
        Message(contentType: plainText, content: text)
    }

    /// The plain-text content type.
    public static let plainText = "PlainText"
    /// The speech-markup content type.
    public static let ssml = "SSML"
    /// The application-defined content type.
    public static let customPayload = "CustomPayload"
    /// The image-card content type.
    public static let imageResponseCard = "ImageResponseCard"
    /// Every content type Lex defines, sorted.
    public static let contentTypes = [customPayload, imageResponseCard, plainText, ssml]
}
