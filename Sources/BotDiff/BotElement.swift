import MeetyDiagnostics

/// One comparable part of a bot: a setting, an intent, a sample utterance, a slot, a slot type value
/// or synonym, a message, a confirmation, a hook setting or a flow step, with its value written as
/// canonical text.
///
/// `meety-bot diff` reduces both sides to these elements, so a bot written in YAML, a console export
/// and a CloudFormation template compare alike, and what counts as a change is decided once, here:
/// values are rendered after the Lex defaults are filled in (an absent next step is the step's
/// default, an inactive response is no response), so two bots that behave the same have the same
/// elements.
public struct BotElement: Sendable, Hashable {
    /// What kind of element it is.
    public var kind: BotElementKind
    /// The locale it belongs to; `nil` for the bot's own settings.
    public var locale: String?
    /// Its identity inside the locale, such as `["intent", "BookMeeting", "slot", "FullName", "prompt"]`.
    public var path: [String]
    /// The element as people name it: `prompt of slot 'FullName' of intent 'BookMeeting'`.
    public var label: String
    /// Its value as canonical text (empty for elements whose only property is that they exist).
    public var value: String
    /// What a script must do for its run to exercise the element.
    public var exercise: BotExercise
    /// Where it is written, for a bot read from YAML.
    public var span: SourceSpan?

    /// Creates an element.
    public init(
        kind: BotElementKind, locale: String?, path: [String], label: String, value: String,
        exercise: BotExercise, span: SourceSpan? = nil
    ) {
        self.kind = kind
        self.locale = locale
        self.path = path
        self.label = label
        self.value = value
        self.exercise = exercise
        self.span = span
    }

    /// The identity two sides are matched by: the locale and the path.
    public var key: BotElementKey { BotElementKey(locale: locale, path: path) }
}

/// The identity of an element: its locale and its path inside the locale.
public struct BotElementKey: Sendable, Hashable, Comparable {
    /// The locale, `nil` for the bot's own settings.
    public var locale: String?
    /// The path inside the locale.
    public var path: [String]

    /// Creates a key.
    public init(locale: String?, path: [String]) {
        self.locale = locale
        self.path = path
    }

    /// Bot settings first, then by locale and path.
    public static func < (lhs: BotElementKey, rhs: BotElementKey) -> Bool {
        if lhs.locale != rhs.locale { return (lhs.locale ?? "") < (rhs.locale ?? "") }
        return lhs.path.lexicographicallyPrecedes(rhs.path)
    }
}

/// The kinds of elements a diff reports.
public enum BotElementKind: String, Sendable, Hashable, CaseIterable {
    /// A bot or locale setting (time-out, confidence threshold, voice, descriptions, contexts).
    case setting
    /// A locale.
    case locale
    /// An intent (its parent and description).
    case intent
    /// A sample utterance of an intent or a slot.
    case utterance
    /// A slot (type, required, priority, retries, defaults, multiple values).
    case slot
    /// A custom slot type (resolution, regex, parent).
    case slotType = "slot type"
    /// A value of a custom slot type.
    case slotTypeValue = "slot type value"
    /// A synonym of a slot type value.
    case synonym
    /// A prompt or a message the bot says.
    case message
    /// An intent's confirmation (its retries).
    case confirmation
    /// A code hook setting: the dialog and fulfillment hooks, step and elicitation hooks.
    case hook
    /// A step of a conversation flow: a next step, a conditional branch.
    case flowStep = "flow step"
}

/// What a script's run must show for it to exercise an element, in the vocabulary of coverage
/// (intents recognised, utterances matched, slots elicited, messages said, hook outcomes) plus the
/// slot values a turn filled and the intents it fulfilled.
///
/// Flow steps the simulator does not run (next steps, branches, step hooks) are exercised by
/// reaching the step they follow: an initial response by starting the intent, a slot's capture and
/// failure by eliciting the slot, the confirmation's outcomes by asking it, fulfillment's by
/// fulfilling the intent, the closing's by closing it.
public enum BotExercise: Sendable, Hashable {
    /// Any run in the element's locale (locale settings such as the confidence threshold).
    case locale
    /// The intent was recognised or answered a turn.
    case intent(String)
    /// The sample utterance matched exactly; `slot` for a slot's sample utterance.
    case utterance(intent: String, slot: String?, text: String)
    /// The slot was elicited.
    case slot(intent: String, slot: String)
    /// The message was said.
    case message(intent: String, role: MessageRole)
    /// The confirmation prompt was asked.
    case confirmation(String)
    /// The intent's dialog or fulfillment hook was called.
    case hook(intent: String, fulfillment: Bool)
    /// The intent was fulfilled (its fulfillment hook called or its fulfillment reached).
    case fulfillment(String)
    /// The intent closed (its closing said, or it was fulfilled).
    case closing(String)
    /// A slot of the custom type was filled from what the user said.
    case slotType(String)
    /// A slot of the type was filled with the value.
    case slotTypeValue(type: String, value: String)
    /// A slot of the type was filled with the value from what the user said as the synonym.
    case synonym(type: String, value: String, synonym: String)
    /// Nothing a run shows (an unused slot type's description, say).
    case none

    /// The messages the simulator says and traces.
    public enum MessageRole: Sendable, Hashable {
        /// A slot's prompt.
        case slotPrompt(String)
        /// A slot's failure response.
        case slotFailure(String)
        /// The confirmation prompt.
        case confirmationPrompt
        /// The declination response.
        case declination
        /// The confirmation's failure response.
        case confirmationFailure
        /// The closing response.
        case closing
    }
}
