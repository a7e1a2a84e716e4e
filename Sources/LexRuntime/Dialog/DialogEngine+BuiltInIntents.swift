import CodeHooks
import LexFacts

/// What the simulator does itself for built-in intents (docs/simulator.md, "Built-in intents").
///
/// AMAZON.RepeatIntent says the bot's last reply again. The Lex V2 guide leaves that to the bot's
/// Lambda function (it saves the last message in the session), so an intent with a hook the simulator
/// can call runs its hook as any intent does; without one, the simulator repeats the reply itself and
/// the dialog stays where it was (an intent being elicited or confirmed stays so; with none in progress
/// the turn closes the repeat intent as Fulfilled). The first turn of a session has nothing to repeat:
/// the intent then runs as configured.
///
/// While a slot is elicited, an input that is exactly a phrase of a conversational built-in intent
/// (`help`, `cancel`, `say that again` ...) goes to that intent before it is tried as the slot's value,
/// unless it is a listed value of the slot's custom type: a slot that takes any text (ORIGINAL_VALUE,
/// AMAZON.FreeFormInput) would otherwise swallow it, where Lex's model recognises the intent.
///
/// AMAZON.KendraSearchIntent, QnAIntent, QInConnectIntent and BedrockAgentIntent answer from a cloud
/// service: a turn that reaches one fails with a `needsCloudService` error that names the intent and
/// the service, instead of pretending to answer or falling back silently.
extension DialogEngine {
    /// Whether sessions must remember the last reply: only a locale with an AMAZON.RepeatIntent needs it.
    var remembersReplies: Bool { nlu.hasRepeatIntent }

    /// The conversational built-in intent an answer to `slot`'s prompt is exactly a phrase of, if any.
    func builtInTakeover(of slot: RuntimeSlot, from intent: RuntimeIntent, _ turn: TurnState)
        -> (LocaleNLU.Candidate, RuntimeIntent)?
    {
        for candidate in turn.candidates where candidate.confidence >= 1 && !candidate.isFallback {
            guard candidate.intent != intent.name, let other = locale.intent(candidate.intent),
                let signature = other.parentSignature, LexBuiltIns.conversationalIntents.contains(signature),
                !nlu.isListedValue(turn.input, of: slot.type, now: turn.now)
            else { continue }
            return (candidate, other)
        }
        return nil
    }

    /// Handles a built-in intent the simulator answers itself; false when the intent runs as configured.
    func handledAsBuiltIn(_ intent: RuntimeIntent, _ turn: inout TurnState) throws(TurnError) -> Bool {
        if let service = intent.cloudService {
            throw TurnError(
                .needsCloudService,
                "intent '\(intent.name)' (\(intent.parentSignature ?? "")) answers from \(service), "
                    + "a cloud service the simulator cannot call; test it against Amazon Lex")
        }
        guard intent.parentSignature == "AMAZON.RepeatIntent",
            !(hook != nil && (intent.dialogHook || intent.fulfillmentHook)),
            let last = turn.record.lastReply
        else { return false }
        turn.messages = last.messages
        if turn.record.active != nil, let action = last.action {
            turn.finish(action, intent: last.intent)
        } else {
            turn.record.active = nil
            turn.finish(
                DialogAction(type: .close),
                intent: Intent(
                    name: intent.name, slots: [:], state: .fulfilled, confirmationState: ConfirmationState.none))
        }
        return true
    }
}
