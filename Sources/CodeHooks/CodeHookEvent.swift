/// The event Amazon Lex V2 sends to a Lambda code hook (message version 1.0).
///
/// Field names and shapes follow the Lex V2 developer guide's "Lambda input event format" and a
/// captured real event: `nluConfidence` is a bare number here (unlike RecognizeText), unfilled
/// slots are JSON `null`, and an unresolved value has `originalValue` without `interpretedValue`.
/// The same type is decoded by the Lambda host and built by the simulator, so the hooks the
/// simulator calls receive exactly what Lex would send.
public struct CodeHookEvent: Codable, Sendable, Equatable {
    /// Always "1.0".
    public var messageVersion: String
    /// Why the hook is called.
    public var invocationSource: InvocationSource
    /// How the user gave input.
    public var inputMode: InputMode
    /// The content type Lex will answer with, e.g. `text/plain; charset=utf-8`.
    public var responseContentType: String
    /// The session id.
    public var sessionId: String
    /// What the user typed or said.
    public var inputTranscript: String
    /// The label of the code-hook step that made the call, if any.
    public var invocationLabel: String?
    /// The bot the call comes from.
    public var bot: BotInfo
    /// Up to five interpretations, best first.
    public var interpretations: [Interpretation]
    /// What Lex would do next if the hook delegates (dialog calls that would elicit a slot).
    public var proposedNextState: ProposedNextState?
    /// Per-request attributes, or `nil` when absent.
    public var requestAttributes: [String: String]?
    /// The current session state.
    public var sessionState: SessionState
    /// Transcriptions of the input (Lex sends one even for text).
    public var transcriptions: [Transcription]?

    /// Creates an event.
    public init(
        messageVersion: String = "1.0",
        invocationSource: InvocationSource,
        inputMode: InputMode = .text,
        responseContentType: String = "text/plain; charset=utf-8",
        sessionId: String,
        inputTranscript: String,
        invocationLabel: String? = nil,
        bot: BotInfo,
        interpretations: [Interpretation],
        proposedNextState: ProposedNextState? = nil,
        requestAttributes: [String: String]? = nil,
        sessionState: SessionState,
        transcriptions: [Transcription]? = nil
    ) {
        self.messageVersion = messageVersion
        self.invocationSource = invocationSource
        self.inputMode = inputMode
        self.responseContentType = responseContentType
        self.sessionId = sessionId
        self.inputTranscript = inputTranscript
        self.invocationLabel = invocationLabel
        self.bot = bot
        self.interpretations = interpretations
        self.proposedNextState = proposedNextState
        self.requestAttributes = requestAttributes
        self.sessionState = sessionState
        self.transcriptions = transcriptions
    }
}

/// Why a code hook is invoked.
public enum InvocationSource: String, Codable, Sendable, CaseIterable {
    /// After user input while the intent is in progress (validation and dialog control).
    case dialogCodeHook = "DialogCodeHook"
    /// When the intent is ready to be fulfilled.
    case fulfillmentCodeHook = "FulfillmentCodeHook"
}

/// How the user gave input.
public enum InputMode: String, Codable, Sendable, CaseIterable {
    /// Typed text.
    case text = "Text"
    /// Speech.
    case speech = "Speech"
    /// Telephone keypad.
    case dtmf = "DTMF"
}

/// The bot a call comes from.
public struct BotInfo: Codable, Sendable, Equatable {
    /// The bot id.
    public var id: String
    /// The bot name.
    public var name: String
    /// The locale id, e.g. `en_US`.
    public var localeId: String
    /// The bot version, e.g. `DRAFT`.
    public var version: String
    /// The alias id, e.g. `TSTALIASID`.
    public var aliasId: String
    /// The alias name.
    public var aliasName: String

    /// Creates bot information.
    public init(
        id: String,
        name: String,
        localeId: String,
        version: String = "DRAFT",
        aliasId: String = "TSTALIASID",
        aliasName: String = "TestBotAlias"
    ) {
        self.id = id
        self.name = name
        self.localeId = localeId
        self.version = version
        self.aliasId = aliasId
        self.aliasName = aliasName
    }
}

/// One candidate intent for the input.
public struct Interpretation: Codable, Sendable, Equatable {
    /// The intent with the slots captured for it.
    public var intent: Intent
    /// The NLU confidence 0...1; Lex omits it for the fallback intent.
    public var nluConfidence: Double?
    /// `Lex` or `Bedrock`.
    public var interpretationSource: String?

    /// Creates an interpretation.
    public init(intent: Intent, nluConfidence: Double? = nil, interpretationSource: String? = "Lex") {
        self.intent = intent
        self.nluConfidence = nluConfidence
        self.interpretationSource = interpretationSource
    }
}

/// What Lex would do next if the dialog hook delegates.
public struct ProposedNextState: Codable, Sendable, Equatable {
    /// The proposed action (ElicitSlot with the slot).
    public var dialogAction: DialogAction
    /// The intent as it would be.
    public var intent: Intent
    /// Which attempt the prompt would be.
    public var prompt: PromptAttempt?

    /// Creates a proposed state.
    public init(dialogAction: DialogAction, intent: Intent, prompt: PromptAttempt? = nil) {
        self.dialogAction = dialogAction
        self.intent = intent
        self.prompt = prompt
    }
}

/// The attempt number of a proposed prompt.
public struct PromptAttempt: Codable, Sendable, Equatable {
    /// `Initial`, `Retry1` ... `Retry5`.
    public var attempt: String

    /// Creates a prompt attempt.
    public init(attempt: String) {
        self.attempt = attempt
    }
}

/// One transcription of the input.
public struct Transcription: Codable, Sendable, Equatable {
    /// The transcribed text.
    public var transcription: String
    /// Confidence 0...1.
    public var transcriptionConfidence: Double?

    /// Creates a transcription.
    public init(transcription: String, transcriptionConfidence: Double? = 1.0) {
        self.transcription = transcription
        self.transcriptionConfidence = transcriptionConfidence
    }
}
