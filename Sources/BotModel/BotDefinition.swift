import MeetyDiagnostics

/// A bot as written in a `bots/*.yaml` file, decoded but not yet validated.
///
/// Every field keeps the span of the text it came from, so validation rules can point at it.
/// Collections keep author order: slot order is elicitation priority, utterance order is kept in
/// the compiled output. See `docs/bot-format.md` for the format reference.
public struct BotDefinition: Sendable, Equatable {
    /// The file the bot was read from (display path).
    public var file: String
    /// The bot's name (`^([0-9a-zA-Z][_-]?){1,100}$`).
    public var name: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// Idle session timeout in seconds, 60...86400.
    public var idleSessionTTL: Located<Int>
    /// COPPA flag.
    public var childDirected: Located<Bool>
    /// The code hook the simulator calls for intents with hooks (`meety`, `python:hooks/app.py` ...), if any.
    public var codeHook: CodeHookSetting?
    /// The locales, in author order.
    public var locales: [LocaleDefinition]
    /// The span of the whole document (its root mapping).
    public var span: SourceSpan

    /// Creates a bot definition.
    public init(
        file: String,
        name: Located<String>,
        description: Located<String>? = nil,
        idleSessionTTL: Located<Int>,
        childDirected: Located<Bool>,
        codeHook: CodeHookSetting? = nil,
        locales: [LocaleDefinition],
        span: SourceSpan
    ) {
        self.file = file
        self.name = name
        self.description = description
        self.idleSessionTTL = idleSessionTTL
        self.childDirected = childDirected
        self.codeHook = codeHook
        self.locales = locales
        self.span = span
    }

    /// The default idle session timeout.
    public static let defaultIdleSessionTTL = 300
}

/// One locale of a bot (`locales.en_US`).
public struct LocaleDefinition: Sendable, Equatable {
    /// The Lex locale id, such as `en_US`, with the span of its key.
    public var id: Located<String>
    /// An optional description.
    public var description: Located<String>?
    /// The NLU confidence threshold, 0...1.
    public var confidenceThreshold: Located<Double>
    /// The voice, if any.
    public var voice: VoiceDefinition?
    /// Custom slot types, in author order.
    public var slotTypes: [SlotTypeDefinition]
    /// Intents, in author order.
    public var intents: [IntentDefinition]
    /// The span of the locale's mapping.
    public var span: SourceSpan

    /// Creates a locale.
    public init(
        id: Located<String>,
        description: Located<String>? = nil,
        confidenceThreshold: Located<Double>,
        voice: VoiceDefinition? = nil,
        slotTypes: [SlotTypeDefinition],
        intents: [IntentDefinition],
        span: SourceSpan
    ) {
        self.id = id
        self.description = description
        self.confidenceThreshold = confidenceThreshold
        self.voice = voice
        self.slotTypes = slotTypes
        self.intents = intents
        self.span = span
    }

    /// The default NLU confidence threshold (what the Lex console sets).
    public static let defaultConfidenceThreshold = 0.4
}

/// A Polly voice: `voice: Ivy` or `voice: {id: Ivy, engine: neural}`.
public struct VoiceDefinition: Sendable, Equatable {
    /// The voice id.
    public var id: Located<String>
    /// The engine (`standard`, `neural`, `long-form`, `generative`), if given.
    public var engine: Located<String>?

    /// Creates a voice.
    public init(id: Located<String>, engine: Located<String>? = nil) {
        self.id = id
        self.engine = engine
    }
}
