/// An image response card (`messages[].imageResponseCard`): a title with optional subtitle,
/// image and buttons, for channels that render cards.
public struct ImageResponseCard: Codable, Sendable, Equatable {
    /// The title (1...250).
    public var title: String
    /// An optional subtitle.
    public var subtitle: String?
    /// An optional image URL.
    public var imageUrl: String?
    /// Up to 5 buttons.
    public var buttons: [Button]?

    /// A card button: pressing it sends `value` as the user's input.
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
