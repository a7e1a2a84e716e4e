/// A message and up to two variations; Lex says one of them.
///
/// A YAML message list compiles to one group: the first string is `message`, the rest `variations`.
public struct LexMessageGroup: Codable, Sendable, Equatable {
    /// The main message.
    public var message: LexMessage
    /// Alternatives, 0...2; `null` when there are none.
    public var variations: [LexMessage]?

    /// Creates a value; absent optional keys are written as `null`.
    public init(message: LexMessage, variations: [LexMessage]? = nil) {
        self.message = message
        self.variations = variations
    }
}

/// One message in one of four forms; exactly one of them is set.
///
/// The exporter writes all four keys with `null` for the unused ones.
public struct LexMessage: Codable, Sendable, Equatable {
    /// Plain text, 1...1000 characters; `{Slot}` and `[attr]` are substituted.
    public var plainTextMessage: LexTextValue?
    /// SSML for speech.
    public var ssmlMessage: LexTextValue?
    /// Text passed to the client as is.
    public var customPayload: LexTextValue?
    /// A card with a title and buttons.
    public var imageResponseCard: LexImageResponseCard?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        plainTextMessage: LexTextValue? = nil,
        ssmlMessage: LexTextValue? = nil,
        customPayload: LexTextValue? = nil,
        imageResponseCard: LexImageResponseCard? = nil
    ) {
        self.plainTextMessage = plainTextMessage
        self.ssmlMessage = ssmlMessage
        self.customPayload = customPayload
        self.imageResponseCard = imageResponseCard
    }
}

/// The `{"value": ...}` wrapper shared by plain-text, SSML and custom-payload messages and by
/// slot-type sample values and synonyms.
public struct LexTextValue: Codable, Sendable, Equatable {
    /// The text.
    public var value: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(value: String) {
        self.value = value
    }
}

/// A response card with a title, optional subtitle and image, and up to five buttons.
///
/// The button list has two spellings: `buttons` in the API, the documentation and CloudFormation,
/// and `buttonsList` in a real console export (fsi-agent). Both are read; the card remembers which
/// one its file used and is written back with it (`LexImageResponseCard+Codable.swift`).
public struct LexImageResponseCard: Sendable, Equatable {
    /// The title, 1...250 characters.
    public var title: String
    /// The subtitle, 1...250 characters.
    public var subtitle: String?
    /// The image URL, 1...250 characters.
    public var imageUrl: String?
    /// Up to five buttons.
    public var buttons: [LexButton]?
    /// The key the buttons are written under.
    public var buttonsKey: LexButtonsKey

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        title: String, subtitle: String? = nil, imageUrl: String? = nil, buttons: [LexButton]? = nil,
        buttonsKey: LexButtonsKey = .buttons
    ) {
        self.title = title
        self.subtitle = subtitle
        self.imageUrl = imageUrl
        self.buttons = buttons
        self.buttonsKey = buttonsKey
    }
}

/// The key an image response card's buttons are written under.
public enum LexButtonsKey: String, Sendable, Hashable, CaseIterable {
    /// `buttons`: the API's, CloudFormation's and the documentation's spelling.
    case buttons
    /// `buttonsList`: the spelling a console export was seen to write.
    case buttonsList
}

/// A button of a response card.
public struct LexButton: Codable, Sendable, Equatable {
    /// What the button shows, 1...50 characters.
    public var text: String
    /// What is sent when it is chosen, 1...50 characters.
    public var value: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(text: String, value: String) {
        self.text = text
        self.value = value
    }
}
