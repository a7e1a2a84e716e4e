"""The BookMeeting rules of docs/lexlambda.md, in order; the first failing rule wins.

`first_problem` needs only the clock, `conflict` the active meetings of the requested day, and
`missing_slot` is the fulfillment's extra check, so the table is read only when it matters.
"""

import collections
import datetime

from . import replies
from .request import PARTS_OF_DAY
from .times import ends_by_midnight

ALLOWED_DURATIONS = (30, 60)
DEFAULT_PROPOSAL_DURATION = 30

Problem = collections.namedtuple("Problem", "slot message")
ConflictReport = collections.namedtuple(
    "ConflictReport", "date start requested proposal_duration clashes proposal"
)


def missing(slot):
    """A slot the fulfillment needs but has no value."""
    return Problem(slot, replies.missing(slot))


class BookingRules:
    def __init__(self, now):
        self.today = now.date()
        self.now = now.hour * 60 + now.minute

    def first_problem(self, request):
        """Blank name; unreadable or past date; unreadable or past time; ambiguous time or part of
        the day; a duration other than 30 or 60; a meeting ending after midnight; blank email."""
        if request.name.kind == "blank":
            return Problem("FullName", replies.blank("FullName"))
        date = request.date
        if date.kind == "blank":
            return Problem("MeetingDate", replies.blank("MeetingDate"))
        if date.kind == "unparsable":
            return Problem("MeetingDate", replies.unparsable_date(date.value))
        if date.kind == "value" and date.value < self.today:
            return Problem("MeetingDate", replies.past_date(date.value, self.today))
        time = request.time
        if time.kind == "blank":
            return Problem("MeetingTime", replies.blank("MeetingTime"))
        if time.kind == "unparsable":
            return Problem("MeetingTime", replies.unparsable_time(time.value))
        if time.kind == "value":
            form, value = time.value
            if form == "exact" and date.kind == "value" and date.value == self.today and value < self.now:
                return Problem("MeetingTime", replies.past_time(value, self.now))
            if form == "ambiguous":
                return Problem("MeetingTime", replies.ambiguous_time(value))
            if form == "part":
                return Problem("MeetingTime", replies.part_of_day(*PARTS_OF_DAY[value]))
        duration = request.duration
        if duration.kind == "blank":
            return Problem("MeetingDuration", replies.blank("MeetingDuration"))
        if duration.kind == "unparsable":
            heard = request.heard.get("MeetingDuration", duration.value)
            return Problem("MeetingDuration", replies.duration_not_allowed(heard))
        if duration.kind == "value" and duration.value not in ALLOWED_DURATIONS:
            heard = request.heard.get("MeetingDuration", str(duration.value))
            return Problem("MeetingDuration", replies.duration_not_allowed(heard))
        start = request.exact_start()
        if start is not None and duration.kind == "value" and not ends_by_midnight(start, duration.value):
            return Problem("MeetingTime", replies.ends_after_midnight(start, duration.value))
        if request.email.kind == "blank":
            return Problem("AttendeeEmail", replies.blank("AttendeeEmail"))
        return None

    def conflict_query(self, request):
        """The day and start to check for conflicts, once both are known."""
        start = request.exact_start()
        if request.date.kind != "value" or start is None:
            return None
        return request.date.value, start

    def conflict(self, request, active):
        """With the duration known the whole span is checked, otherwise whether the start falls
        inside a meeting. Call only after `first_problem` found nothing."""
        query = self.conflict_query(request)
        if query is None:
            return None
        duration = request.duration.value if request.duration.kind == "value" else None
        return conflict_problem(query[0], query[1], duration, active)

    def missing_slot(self, request):
        """The first slot, in priority order, that the fulfillment needs but has no value."""
        readings = [
            ("FullName", request.name), ("MeetingDate", request.date), ("MeetingTime", request.time),
            ("MeetingDuration", request.duration), ("AttendeeEmail", request.email),
        ]
        for slot, reading in readings:
            if reading.kind != "value":
                return missing(slot)
        return None


def conflict_problem(date: datetime.date, start, duration, active):
    """The conflict rule's problem, or None when nothing clashes: the time is asked again with the
    earliest free start, or the date when the day is full for the request."""
    busy = sorted((m.start, m.end) for m in active if m.is_active and m.date == date)
    requested = (start, start + duration) if duration is not None and ends_by_midnight(start, duration) else None
    if requested:
        clashes = [(s, e) for s, e in busy if s < requested[1] and requested[0] < e]
    else:
        clashes = [(s, e) for s, e in busy if s <= start < e]
    if not clashes:
        return None
    proposal_duration = requested[1] - requested[0] if requested else DEFAULT_PROPOSAL_DURATION
    report = ConflictReport(
        date=date,
        start=start,
        requested=requested,
        proposal_duration=proposal_duration,
        clashes=sorted(set(clashes)),
        proposal=earliest_free_start(busy, start, proposal_duration),
    )
    return Problem("MeetingTime" if report.proposal is not None else "MeetingDate", replies.conflict(report))


def earliest_free_start(busy, start, duration):
    """The earliest start at or after `start`, at minute precision, whose meeting overlaps no busy
    span and ends by 24:00; None when there is none (the day is full for this request)."""
    if duration <= 0:
        return None
    candidate = max(start, 0)
    for span_start, span_end in busy:
        if not ends_by_midnight(candidate, duration):
            return None
        if span_end <= candidate:
            continue
        if span_start >= candidate + duration:
            break
        candidate = span_end
    return candidate if ends_by_midnight(candidate, duration) else None
