"""Every text the LexLambda says, as docs/lexlambda.md lists them: dates `YYYY-MM-DD`, times
24-hour `HH:MM`, ranges `HH:MM-HH:MM`."""

from .times import hhmm, latest_start, span

PROMPTS = {
    "FullName": "What is your name?",
    "MeetingDate": "Which day would you like to meet?",
    "MeetingTime": "What time should the meeting start?",
    "MeetingDuration": "How long should it be, 30 or 60 minutes?",
    "AttendeeEmail": "What email address should I send the invitation to?",
}
NOUNS = {
    "FullName": "your name",
    "MeetingDate": "the date",
    "MeetingTime": "the start time",
    "MeetingDuration": "the duration",
    "AttendeeEmail": "your email address",
}

STORE_UNAVAILABLE = (
    "Sorry, the meeting calendar is unavailable right now, so nothing was booked. Please try again later."
)
LOST_INTENT = 'Sorry, I lost track of what we were doing. I can book meetings: say "book a meeting".'


def blank(slot):
    return f"Sorry, I didn't catch {NOUNS[slot]}. {PROMPTS[slot]}"


def missing(slot):
    return f"Before I can book the meeting I need {NOUNS[slot]}. {PROMPTS[slot]}"


def unparsable_date(heard):
    return f'Sorry, I could not understand "{heard}" as a date. {PROMPTS["MeetingDate"]}'


def past_date(date, today):
    return f"Sorry, {date.isoformat()} is in the past (today is {today.isoformat()}). {PROMPTS['MeetingDate']}"


def unparsable_time(heard):
    return f'Sorry, I could not understand "{heard}" as a start time. {PROMPTS["MeetingTime"]}'


def past_time(time, now):
    return f"Sorry, {hhmm(time)} today has already passed (it is {hhmm(now)} now). {PROMPTS['MeetingTime']}"


def ambiguous_time(candidates):
    return f"Did you mean {alternatives([hhmm(minutes) for minutes in candidates])}?"


def part_of_day(name, hours):
    return f"The {name} is not an exact start time. Did you mean {alternatives([hhmm(h * 60) for h in hours])}?"


def duration_not_allowed(heard):
    return f'Sorry, a meeting can last 30 or 60 minutes, not "{heard}". {PROMPTS["MeetingDuration"]}'


def ends_after_midnight(start, duration):
    latest = latest_start(duration)
    return (
        f"Sorry, a {duration}-minute meeting starting at {hhmm(start)} would end after midnight. "
        f"The latest start that ends by 24:00 is {hhmm(latest) if latest is not None else '00:00'}. "
        f"{PROMPTS['MeetingTime']}"
    )


def conflict(report):
    """The clashing ranges, then the earliest free start or the full day."""
    what = span(*report.requested) if report.requested else hhmm(report.start)
    booked = "the meeting booked" if len(report.clashes) == 1 else "the meetings booked"
    ranges = alternatives([span(start, end) for start, end in report.clashes], joiner="and")
    clash = f"Sorry, {what} on {report.date.isoformat()} clashes with {booked} {ranges}"
    length = f"a {report.proposal_duration}-minute meeting at or after {hhmm(report.start)}"
    if report.proposal is None:
        return f"{clash}, and {report.date.isoformat()} is full for {length}. Which other day would you like to meet?"
    return f"{clash}. The earliest free start for {length} is {hhmm(report.proposal)}. {PROMPTS['MeetingTime']}"


def requested(meeting):
    """The fulfillment's success reply."""
    return (
        f"Thanks {meeting.attendee_name}, your {meeting.duration}-minute meeting on {meeting.date.isoformat()} "
        f"from {hhmm(meeting.start)} to {hhmm(meeting.end)} is requested and awaits approval."
    )


def alternatives(items, joiner="or"):
    """`a`, `a or b`, `a, b or c`."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {joiner} " + items[-1]
