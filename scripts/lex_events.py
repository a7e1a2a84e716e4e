"""Lex V2 code-hook events for MeetyBot's BookMeeting, turn by turn, the way Lex sends them.

The events start from the committed fixtures (Tests/CodeHooksTests/Fixtures/Events: a first dialog
turn and a confirmed fulfillment, written as Lex sends them) and follow the simulator's event
builder (Sources/LexRuntime/Dialog/DialogEngine+Hooks.swift): the slots filled so far, the slot
being elicited as `sessionState.dialogAction`, Lex's `proposedNextState`, and the session
attributes the hook returned last.
"""
import copy
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests/CodeHooksTests/Fixtures/Events")
SLOTS = ("FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail")


def load(name):
    with open(os.path.join(FIXTURES, name)) as handle:
        return json.load(handle)


DIALOG = load("dialog-first-turn.json")
FULFILLMENT = load("fulfillment-confirmed.json")


def slot(heard, value):
    """A resolved scalar slot: what the user said and the value Lex resolved it to."""
    return {"shape": "Scalar", "value": {"originalValue": heard, "resolvedValues": [value], "interpretedValue": value}}


class Conversation:
    """One user's session: builds each turn's event and applies the hook's answer as Lex would."""

    def __init__(self, session_id):
        self.session_id = session_id
        self.slots = {name: None for name in SLOTS}
        self.attributes = {}
        self.eliciting = None
        self.turns = 0

    def intent(self, state, confirmation="None"):
        return {"confirmationState": confirmation, "name": "BookMeeting", "slots": copy.deepcopy(self.slots),
                "state": state}

    def next_slot(self):
        return next((name for name in SLOTS if self.slots[name] is None), None)

    def common(self, template, transcript, intent):
        self.turns += 1
        event = copy.deepcopy(template)
        event["sessionId"] = self.session_id
        event["inputTranscript"] = transcript
        event["interpretations"][0]["intent"] = copy.deepcopy(intent)
        event["sessionState"]["intent"] = copy.deepcopy(intent)
        event["sessionState"]["sessionAttributes"] = dict(self.attributes)
        event["sessionState"]["originatingRequestId"] = f"{self.session_id}-{self.turns}"
        event["transcriptions"][0]["transcription"] = transcript
        return event

    def dialog(self, transcript, slot_name=None, value=None):
        """The DialogCodeHook event after the user said `transcript`, filling `slot_name`."""
        if slot_name:
            self.slots[slot_name] = value
        event = self.common(DIALOG, transcript, self.intent("InProgress"))
        if self.eliciting:
            event["sessionState"]["dialogAction"] = {"type": "ElicitSlot", "slotToElicit": self.eliciting}
        following = self.next_slot()
        if following:
            event["proposedNextState"]["intent"] = self.intent("InProgress")
            event["proposedNextState"]["dialogAction"] = {"type": "ElicitSlot", "slotToElicit": following}
        else:
            del event["proposedNextState"]
        return event

    def fulfillment(self, transcript="yes"):
        """The FulfillmentCodeHook event after the user confirmed."""
        event = self.common(FULFILLMENT, transcript, self.intent("ReadyForFulfillment", "Confirmed"))
        event["sessionState"].pop("dialogAction", None)
        return event

    def apply(self, response):
        """Takes the hook's answer: its session attributes, slots and next elicitation."""
        state = response["sessionState"]
        self.attributes = state.get("sessionAttributes") or {}
        if state.get("intent", {}).get("slots") is not None:
            self.slots = {name: state["intent"]["slots"].get(name) for name in SLOTS}
        action = state.get("dialogAction", {})
        self.eliciting = action.get("slotToElicit") if action.get("type") == "ElicitSlot" else self.next_slot()
        return response


def action_of(response):
    """(dialog action type, slot to elicit, intent state, first message) of a hook response."""
    state = response["sessionState"]
    action = state.get("dialogAction", {})
    messages = response.get("messages") or [{}]
    return action.get("type"), action.get("slotToElicit"), state.get("intent", {}).get("state"), \
        messages[0].get("content")
