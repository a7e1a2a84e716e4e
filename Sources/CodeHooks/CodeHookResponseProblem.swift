/// One thing wrong with a code hook's response, as the simulator reports it for the turn.
///
/// `kind` is stable for tests and tools to match on; `message` is the readable explanation (it
/// names the field, the bad value and, where it helps, the valid values); `path` is the dotted
/// path of the field at fault, e.g. `messages[1].content`.
public struct CodeHookResponseProblem: Sendable, Hashable, CustomStringConvertible {
    /// The rule a response broke.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The response has no `sessionState` (JSON only; the Swift type always has one).
        case missingSessionState
        /// `sessionState.dialogAction` or its `type` is absent.
        case missingDialogActionType
        /// `dialogAction.type` is not one of Close, ConfirmIntent, Delegate, ElicitIntent, ElicitSlot.
        case unknownDialogActionType
        /// `ElicitSlot` without `dialogAction.slotToElicit`.
        case missingSlotToElicit
        /// `ElicitSlot`, `ConfirmIntent` or `Close` without `sessionState.intent.name`.
        case missingIntentName
        /// The intent is not one of the bot's (checked when the validator knows the bot's intents).
        case unknownIntent
        /// `slotToElicit` is not a slot of the intent (checked when the validator knows its slots).
        case unknownSlotToElicit
        /// `intent.slots` has a key that is not a slot of the intent (same condition).
        case unknownSlot
        /// `ConfirmIntent` or `ElicitIntent` without a message.
        case missingMessages
        /// `Close` without an intent state of Failed, Fulfilled or InProgress.
        case invalidCloseState
        /// `intent.state` is not a state Lex defines.
        case unknownIntentState
        /// `intent.confirmationState` is not Confirmed, Denied or None.
        case unknownConfirmationState
        /// More than 10 messages.
        case tooManyMessages
        /// A message's `contentType` is not CustomPayload, ImageResponseCard, PlainText or SSML.
        case unknownContentType
        /// A PlainText, SSML or CustomPayload message without content.
        case missingContent
        /// A message's content is longer than 1024 characters.
        case contentTooLong
        /// An ImageResponseCard message without a card title.
        case missingCardTitle
        /// A card with more than 5 buttons.
        case tooManyButtons
        /// A session attribute whose value is not a string (JSON only).
        case nonStringSessionAttribute
        /// A session attribute with an empty key.
        case emptySessionAttributeKey
        /// The JSON does not decode as a response for another reason (named in the message).
        case malformedResponse
    }

    /// The rule broken.
    public var kind: Kind
    /// The field at fault, e.g. `sessionState.dialogAction.type`; empty for the whole response.
    public var path: String
    /// The readable explanation.
    public var message: String

    /// Creates a problem.
    public init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// The readable explanation.
    public var description: String { message }
}
