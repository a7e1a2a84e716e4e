# RoomBot's code hook in Python, run by awslambdaric (python:hooks/roombot.py), by the custom runtime
# hooks/bootstrap.py (exec:) and by the Runtime Interface Emulator. hooks/roombot.js does the same in
# Node.js. BookRoom: room beta is taken, so the hook re-elicits the room; fulfillment closes with the
# count of bookings of the session (a session attribute). Today: the date the hook's clock says. Ping:
# "fine" answers pong; the other kinds are the faults the tests expect the host to report. With
# ROOMBOT_INIT_FAILS_ONCE=FILE the import fails once (while FILE does not exist yet); with
# ROOMBOT_SLEEPING_FILE=FILE a slow ping creates FILE when its sleep begins.
import datetime
import os
import subprocess
import sys
import time

print("roombot.py loaded in process", os.getpid())
_once = os.environ.get("ROOMBOT_INIT_FAILS_ONCE")
if _once and not os.path.exists(_once):
    open(_once, "w").close()
    raise RuntimeError("the room directory is unreachable")


def close(event, text, attributes=None):
    intent = dict(event["sessionState"]["intent"], state="Fulfilled")
    state = {"dialogAction": {"type": "Close"}, "intent": intent}
    if attributes is not None:
        state["sessionAttributes"] = attributes
    return {"sessionState": state, "messages": [{"contentType": "PlainText", "content": text}]}


def room(event):
    slot = (event["sessionState"]["intent"]["slots"] or {}).get("Room") or {}
    return slot.get("value", {}).get("interpretedValue")


def book(event):
    intent = event["sessionState"]["intent"]
    if event["invocationSource"] == "DialogCodeHook":
        if room(event) == "beta":
            slots = dict(intent["slots"], Room=None)
            return {
                "sessionState": {
                    "dialogAction": {"type": "ElicitSlot", "slotToElicit": "Room"},
                    "intent": dict(intent, slots=slots),
                },
                "messages": [{"contentType": "PlainText", "content": "Room beta is taken. Which other room?"}],
            }
        return {"sessionState": {"dialogAction": {"type": "Delegate"}, "intent": intent}}
    attributes = dict(event["sessionState"].get("sessionAttributes") or {})
    count = int(attributes.get("bookings", "0")) + 1
    attributes["bookings"] = str(count)
    return close(event, "Room %s is yours (booking %d of this session)." % (room(event), count), attributes)


def ping(event):
    kind = event["sessionState"]["intent"]["slots"]["Kind"]["value"]["interpretedValue"]
    print("ping", kind, "on stdout")
    print("ping", kind, "on stderr", file=sys.stderr)
    if kind == "fail":
        raise ValueError("the room service is down")
    if kind == "crash":
        print("roombot.py is about to crash", file=sys.stderr, flush=True)
        os._exit(3)
    if kind == "sleep":
        # A child of the worker: when the host ends the worker, it must end this process too.
        child = subprocess.Popen(["sleep", "60"])
        print("started child process", child.pid)
        sleeping = os.environ.get("ROOMBOT_SLEEPING_FILE")
        if sleeping:
            open(sleeping, "w").close()
        time.sleep(30)
    if kind == "notjson":
        return b"<html>a proxy error page</html>"
    if kind == "big":
        return close(event, "x" * (7 * 1024 * 1024))
    if kind == "invalid":
        return {"sessionState": {"dialogAction": {"type": "ElicitSlot"}}}
    return close(event, "pong")


def lambda_handler(event, context):
    name = event["sessionState"]["intent"]["name"]
    print("roombot.py", event["invocationSource"], name, "in process", os.getpid())
    if name == "BookRoom":
        return book(event)
    if name == "Today":
        return close(event, "Today is %s." % datetime.datetime.now().date().isoformat())
    return ping(event)
