/// The input settings of one prompt attempt: which input modes are allowed and the timeouts.
///
/// These matter for speech and DTMF only; the compiler writes the console's defaults so that a
/// compiled bot looks like one built in the console.
public struct LexPromptAttemptSpecification: Codable, Sendable, Equatable {
    /// Whether audio and DTMF input are accepted.
    public var allowedInputTypes: LexAllowedInputTypes
    /// Whether the user can interrupt this attempt.
    public var allowInterrupt: Bool?
    /// Speech and keypad timeouts.
    public var audioAndDTMFInputSpecification: LexAudioAndDTMFInputSpecification?
    /// The text input timeout.
    public var textInputSpecification: LexTextInputSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        allowedInputTypes: LexAllowedInputTypes,
        allowInterrupt: Bool? = nil,
        audioAndDTMFInputSpecification: LexAudioAndDTMFInputSpecification? = nil,
        textInputSpecification: LexTextInputSpecification? = nil
    ) {
        self.allowedInputTypes = allowedInputTypes
        self.allowInterrupt = allowInterrupt
        self.audioAndDTMFInputSpecification = audioAndDTMFInputSpecification
        self.textInputSpecification = textInputSpecification
    }
}

/// Which input modes a prompt attempt accepts (text is always accepted).
public struct LexAllowedInputTypes: Codable, Sendable, Equatable {
    /// Whether speech is accepted.
    public var allowAudioInput: Bool
    /// Whether keypad (DTMF) input is accepted.
    public var allowDTMFInput: Bool

    /// Creates a value; absent optional keys are written as `null`.
    public init(allowAudioInput: Bool, allowDTMFInput: Bool) {
        self.allowAudioInput = allowAudioInput
        self.allowDTMFInput = allowDTMFInput
    }
}

/// Speech and keypad settings of a prompt attempt.
public struct LexAudioAndDTMFInputSpecification: Codable, Sendable, Equatable {
    /// How long to wait for input to start, in milliseconds.
    public var startTimeoutMs: Int
    /// Speech timeouts.
    public var audioSpecification: LexAudioSpecification?
    /// Keypad settings.
    public var dtmfSpecification: LexDTMFSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        startTimeoutMs: Int,
        audioSpecification: LexAudioSpecification? = nil,
        dtmfSpecification: LexDTMFSpecification? = nil
    ) {
        self.startTimeoutMs = startTimeoutMs
        self.audioSpecification = audioSpecification
        self.dtmfSpecification = dtmfSpecification
    }
}

/// Speech timeouts of a prompt attempt.
public struct LexAudioSpecification: Codable, Sendable, Equatable {
    /// The longest accepted utterance, in milliseconds.
    public var maxLengthMs: Int
    /// Silence that ends the utterance, in milliseconds.
    public var endTimeoutMs: Int

    /// Creates a value; absent optional keys are written as `null`.
    public init(maxLengthMs: Int, endTimeoutMs: Int) {
        self.maxLengthMs = maxLengthMs
        self.endTimeoutMs = endTimeoutMs
    }
}

/// Keypad (DTMF) settings of a prompt attempt.
public struct LexDTMFSpecification: Codable, Sendable, Equatable {
    /// The most digits accepted.
    public var maxLength: Int
    /// Silence that ends the input, in milliseconds.
    public var endTimeoutMs: Int
    /// The key that clears the input.
    public var deletionCharacter: String
    /// The key that ends the input.
    public var endCharacter: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(maxLength: Int, endTimeoutMs: Int, deletionCharacter: String, endCharacter: String) {
        self.maxLength = maxLength
        self.endTimeoutMs = endTimeoutMs
        self.deletionCharacter = deletionCharacter
        self.endCharacter = endCharacter
    }
}

/// Text settings of a prompt attempt.
public struct LexTextInputSpecification: Codable, Sendable, Equatable {
    /// How long to wait for text, in milliseconds.
    public var startTimeoutMs: Int

    /// Creates a value; absent optional keys are written as `null`.
    public init(startTimeoutMs: Int) {
        self.startTimeoutMs = startTimeoutMs
    }
}
