"""The Lex V2 responses the hooks send, each valid for its dialog action.

Every response carries the event's session attributes and active contexts back unchanged, because
the session state a response carries replaces the session's.
"""

import copy


def _state(event, action, intent):
    session = event.get("sessionState") if isinstance(event.get("sessionState"), dict) else {}
    state = {"dialogAction": action}
    if intent is not None:
        state["intent"] = _readable(intent)
    for key in ("sessionAttributes", "activeContexts"):
        if session.get(key) is not None:
            state[key] = session[key]
    return state


def _readable(intent):
    """The intent with every slot that is not a slot object set to null, as Lex reads them."""
    slots = intent.get("slots")
    if not isinstance(slots, dict):
        return intent
    fixed = {name: value if isinstance(value, dict) else None for name, value in slots.items()}
    return dict(intent, slots=fixed)


def delegate(event):
    """Lex continues the configured flow with the intent and slots as received."""
    intent = (event.get("sessionState") or {}).get("intent")
    return {"sessionState": _state(event, {"type": "Delegate"}, intent)}


def elicit(problem, intent, event):
    """ElicitSlot for the problem's slot, which is set to null (other slots are kept), with the
    problem's message. The intent goes back to InProgress and its confirmation is reset, so a
    changed request is confirmed again."""
    intent = copy.deepcopy(intent)
    slots = intent.get("slots") if isinstance(intent.get("slots"), dict) else {}
    slots[problem.slot] = None
    intent["slots"] = slots
    intent["state"] = "InProgress"
    intent["confirmationState"] = "None"
    action = {"type": "ElicitSlot", "slotToElicit": problem.slot}
    return {"sessionState": _state(event, action, intent), "messages": [_plain(problem.message)]}


def close(intent, state, message, event):
    """Close with the intent state given, and the message if there is one."""
    intent = dict(intent, state=state)
    answer = {"sessionState": _state(event, {"type": "Close"}, intent)}
    if message is not None:
        answer["messages"] = [_plain(message)]
    return answer


def elicit_intent(message, event):
    """ElicitIntent with a message: the only valid answer to an event that names no intent."""
    return {"sessionState": _state(event, {"type": "ElicitIntent"}, None), "messages": [_plain(message)]}


def _plain(text):
    return {"contentType": "PlainText", "content": text}
