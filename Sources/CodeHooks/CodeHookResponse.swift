/// What a Lambda code hook returns to Lex V2.
///
/// `sessionState.dialogAction` is always required; the other requirements depend on the action
/// (see `CodeHookResponseValidator`).
public struct CodeHookResponse: Codable, Sendable, Equatable {
    /// The new session state: the dialog action, the intent and (optionally) session attributes.
    public var sessionState: SessionState
    /// Messages to send to the user; if absent, the bot's configured messages are used.
    public var messages: [Message]?
    /// Request attributes to return.
    public var requestAttributes: [String: String]?

    /// Creates a response.
    public init(sessionState: SessionState, messages: [Message]? = nil, requestAttributes: [String: String]? = nil) {
        self.sessionState = sessionState
        self.messages = messages
        self.requestAttributes = requestAttributes
    }
}

/// A message to the user.
public struct Message: Codable, Sendable, Equatable {
    /// `PlainText`, `SSML`, `CustomPayload` or `ImageResponseCard`.
    public var contentType: String
    /// The text, for every type but image response cards.
    public var content: String?
    /// The card, for `ImageResponseCard`.
    public var imageResponseCard: ImageResponseCard?

    /// Creates a message.
    public init(contentType: String = Message.plainText, content: String?, imageResponseCard: ImageResponseCard? = nil) {
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
    /// Every content type Lex defines.
    public static let contentTypes = ["CustomPayload", "ImageResponseCard", "PlainText", "SSML"]
}

/// An image response card.
public struct ImageResponseCard: Codable, Sendable, Equatable {
    /// The title (1...250).
    public var title: String
    /// An optional subtitle.
    public var subtitle: String?
    /// An optional image URL.
    public var imageUrl: String?
    /// Up to 5 buttons.
    public var buttons: [Button]?

    /// A card button.
    public struct Button: Codable, Sendable, Equatable {
        /// The label.
        public var text: String
        /// The value sent when pressed.
        public var value: String

        /// Creates a button.
        public init(text: String, value: String) {
            self.text = text
            self.value = value
        }
    }

    /// Creates a card.
    public init(title: String, subtitle: String? = nil, imageUrl: String? = nil, buttons: [Button]? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.imageUrl = imageUrl
        self.buttons = buttons
    }
}
