extension LexImageResponseCard: Codable {
    private enum CodingKeys: String, CodingKey {
        case title
        case subtitle
        case imageUrl
        case buttons
        case buttonsList
    }

    /// Reads a card whose buttons are under `buttons` or `buttonsList` (`buttons` wins when a file
    /// has both; the reader warns about `buttonsList` with the file's position).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        subtitle = try container.decodeIfPresent(String.self, forKey: .subtitle)
        imageUrl = try container.decodeIfPresent(String.self, forKey: .imageUrl)
        if let buttons = try container.decodeIfPresent([LexButton].self, forKey: .buttons) {
            self.buttons = buttons
            buttonsKey = .buttons
        } else if let buttons = try container.decodeIfPresent([LexButton].self, forKey: .buttonsList) {
            self.buttons = buttons
            buttonsKey = .buttonsList
        } else {
            buttons = nil
            buttonsKey = container.contains(.buttonsList) && !container.contains(.buttons) ? .buttonsList : .buttons
        }
    }

    /// Writes the card with its buttons under `buttonsKey` (`null` when there are none).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(subtitle, forKey: .subtitle)
        try container.encodeIfPresent(imageUrl, forKey: .imageUrl)
        try container.encodeIfPresent(buttons, forKey: buttonsKey == .buttons ? .buttons : .buttonsList)
    }
}
