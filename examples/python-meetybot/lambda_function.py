"""MeetyBot's LexLambda in Python: the dialog and fulfillment code hooks of `BookMeeting`.

A port of the Swift LexLambda (Sources/MeetyLambda, documented word for word in
docs/lexlambda.md), written as an ordinary AWS Lambda handler. meety-bot runs it unchanged
through the Lambda Runtime API (awslambdaric):

    meety-bot test conversations/ --code-hook python:examples/python-meetybot/lambda_function.py \\
        --store dynamodb --endpoint "$MEETY_DYNAMODB_ENDPOINT" \\
        --hook-env MEETY_MEETING_IDS=sequential

Configuration (environment): MEETINGS_TABLE (default `Meetings`), AWS_ENDPOINT_URL_DYNAMODB (set by
meety-bot for `--store dynamodb`), MEETY_MEETING_IDS=sequential for the deterministic ids of tests.
"today" and "now" are the function's own clock (datetime.now() in TZ), which meety-bot sets to the
script's clock.
"""

import datetime

from meety import replies, response
from meety.ids import MeetingIDs
from meety.request import BookingRequest
from meety.rules import BookingRules, conflict_problem, missing
from meety.store import MeetingsTable, StoreUnavailable

INTENT = "BookMeeting"

# Created once per execution environment, as Lambda reuses it between invocations.
_store = None
_ids = MeetingIDs.from_environment()


def _meetings():
    """The Meetings table client, created on first use (a cold start that never books skips it)."""
    global _store
    if _store is None:
        _store = MeetingsTable.from_environment()
    return _store


def lambda_handler(event, context):
    """Answers one Lex V2 code hook invocation; never raises, whatever the event holds."""
    if not isinstance(event, dict):
        event = {}
    state = event.get("sessionState") if isinstance(event.get("sessionState"), dict) else {}
    intent = state.get("intent")
    if not isinstance(intent, dict) or not isinstance(intent.get("name"), str):
        return response.elicit_intent(replies.LOST_INTENT, event)
    source = event.get("invocationSource")
    fulfillment = source == "FulfillmentCodeHook"
    if intent["name"] != INTENT:
        if fulfillment:
            return response.close(intent, "Fulfilled", None, event)
        return response.delegate(event)
    rules = BookingRules(datetime.datetime.now())
    request = BookingRequest(intent)
    try:
        if fulfillment:
            return _fulfill(event, intent, request, rules)
        return _dialog(event, intent, request, rules)
    except StoreUnavailable as error:
        print(f"store unavailable: {error}")
        return response.close(intent, "Failed", replies.STORE_UNAVAILABLE, event)


def _first_problem(request, rules):
    """The rules in order; the store is read only when the day and an exact start are known."""
    problem = rules.first_problem(request)
    if problem is not None:
        return problem
    query = rules.conflict_query(request)
    if query is None:
        return None
    date, _ = query
    return rules.conflict(request, _meetings().active_meetings(date))


def _dialog(event, intent, request, rules):
    """The first failing rule clears and re-elicits its slot; otherwise Delegate."""
    problem = _first_problem(request, rules)
    if problem is not None:
        return response.elicit(problem, intent, event)
    return response.delegate(event)


def _fulfill(event, intent, request, rules):
    """Every rule again, then the slots it needs, then an atomic insert-if-free of a pending record.

    The day is read once: the conflict rule and the insert's first attempt share the read (the
    version item and the day's active meetings), which the transaction's condition keeps honest."""
    day = None
    problem = rules.first_problem(request)
    if problem is None:
        query = rules.conflict_query(request)
        if query is not None:
            day = (query[0], _meetings().read_day(query[0]))
            problem = rules.conflict(request, day[1][1])
    problem = problem or rules.missing_slot(request)
    if problem is not None:
        return response.elicit(problem, intent, event)
    meeting = request.pending_meeting(_ids.next_id(_meetings()))
    if meeting is None:
        return response.elicit(missing("MeetingTime"), intent, event)
    first_read = day[1] if day is not None and day[0] == meeting.date else None
    clashing = _meetings().insert_if_free(meeting, first_read)
    if not clashing:
        return response.close(intent, "Fulfilled", replies.requested(meeting), event)
    active = _meetings().active_meetings(meeting.date) + clashing
    problem = conflict_problem(meeting.date, meeting.start, meeting.duration, active)
    return response.elicit(problem or missing("MeetingTime"), intent, event)
