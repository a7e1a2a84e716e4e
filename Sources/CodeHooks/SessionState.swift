/// The session state exchanged with code hooks and returned by RecognizeText.
public struct SessionState: Codable, Sendable, Equatable {
    /// Active contexts, if any.
    public var activeContexts: [ActiveContext]?
    /// Session attributes (string to string). A response that sends a map replaces the stored set.
    public var sessionAttributes: [String: String]?
    /// The dialog action: the current one in an event, the one to take in a response.
    public var dialogAction: DialogAction?
    /// The intent in progress.
    public var intent: Intent?
    /// The request id that started the turn.
    public var originatingRequestId: String?

    /// Creates a session state.
    public init(
        activeContexts: [ActiveContext]? = nil,
        sessionAttributes: [String: String]? = nil,
        dialogAction: DialogAction? = nil,
        intent: Intent? = nil,
        originatingRequestId: String? = nil
    ) {
        self.activeContexts = activeContexts
        self.sessionAttributes = sessionAttributes
        self.dialogAction = dialogAction
        self.intent = intent
        self.originatingRequestId = originatingRequestId
    }
}

/// An active context with its time to live.
public struct ActiveContext: Codable, Sendable, Equatable {
    /// The context name.
    public var name: String
    /// How long the context stays active.
    public var timeToLive: TimeToLive
    /// Attributes of the context.
    public var contextAttributes: [String: String]

    /// A context's time to live.
    public struct TimeToLive: Codable, Sendable, Equatable {
        /// Seconds, 5...86400.
        public var timeToLiveInSeconds: Int
        /// Turns, 1...20.
        public var turnsToLive: Int

        /// Creates a time to live.
        public init(timeToLiveInSeconds: Int, turnsToLive: Int) {
            self.timeToLiveInSeconds = timeToLiveInSeconds
            self.turnsToLive = turnsToLive
        }
    }

    /// Creates a context.
    public init(name: String, timeToLive: TimeToLive, contextAttributes: [String: String] = [:]) {
        self.name = name
        self.timeToLive = timeToLive
        self.contextAttributes = contextAttributes
    }
}

/// A dialog action: what the bot does next.
public struct DialogAction: Codable, Sendable, Equatable {
    /// The action type.
    public var type: DialogActionType
    /// The slot to elicit, for `ElicitSlot`.
    public var slotToElicit: String?
    /// `Default`, `SpellByLetter` or `SpellByWord` (speech only).
    public var slotElicitationStyle: String?

    /// Creates a dialog action.
    public init(type: DialogActionType, slotToElicit: String? = nil, slotElicitationStyle: String? = nil) {
        self.type = type
        self.slotToElicit = slotToElicit
        self.slotElicitationStyle = slotElicitationStyle
    }
}

/// A dialog action type. Kept open (any string decodes) so that a hook answering with an unknown
/// action produces a validation error naming it, not an opaque decoding failure.
public struct DialogActionType: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Ends the intent (with its state).
    public static let close = DialogActionType(rawValue: "Close")
    /// Asks the user to confirm the intent.
    public static let confirmIntent = DialogActionType(rawValue: "ConfirmIntent")
    /// Lets the bot choose the next step.
    public static let delegate = DialogActionType(rawValue: "Delegate")
    /// Asks the user what they want.
    public static let elicitIntent = DialogActionType(rawValue: "ElicitIntent")
    /// Asks for a slot value.
    public static let elicitSlot = DialogActionType(rawValue: "ElicitSlot")
    /// No action (RecognizeText only).
    public static let none = DialogActionType(rawValue: "None")

    /// The types a code hook may answer with.
    public static let responseTypes: [DialogActionType] = [.close, .confirmIntent, .delegate, .elicitIntent, .elicitSlot]

    /// Whether the value is one Lex defines.
    public var isKnown: Bool { Self.responseTypes.contains(self) || self == .none }

    /// Decodes any string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The wire value.
    public var description: String { rawValue }
}
