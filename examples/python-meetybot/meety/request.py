"""The BookMeeting slots of one event, each read into a `Reading`.

Reading never fails: any intent, with or without a slots dictionary, with null, empty, unknown or
malformed values, yields a request. A slot the hooks do not know is left alone and goes back to
Lex as it came.
"""

import collections

from .durations import minutes_in
from .meeting import Meeting
from .times import parse_date, start_time

# kind: "unfilled" (absent, null, or heard but not resolved), "blank" (empty interpreted value),
# "unparsable" (value: what was heard) or "value" (value: the typed value).
Reading = collections.namedtuple("Reading", "kind value")
UNFILLED = Reading("unfilled", None)
BLANK = Reading("blank", None)

PARTS_OF_DAY = {
    "MO": ("morning", [9, 10, 11]),
    "AF": ("afternoon", [13, 14, 15]),
    "EV": ("evening", [17, 18, 19]),
    "NI": ("night", [20, 21, 22]),
}


def _text(value):
    return value if isinstance(value, str) else None


class BookingRequest:
    """name, date, time, duration and email readings, plus what the user said for each slot.

    A time's value is ("exact", minutes), ("ambiguous", [minutes, ...]) or ("part", "MO")."""

    def __init__(self, intent):
        slots = intent.get("slots") if isinstance(intent.get("slots"), dict) else {}
        self.heard = {}

        def value(name):
            entry = slots.get(name)
            if not isinstance(entry, dict):
                return None
            found = entry.get("value")
            if not isinstance(found, dict):
                values = entry.get("values")
                first = values[0] if isinstance(values, list) and values and isinstance(values[0], dict) else {}
                found = first.get("value")
            if not isinstance(found, dict):
                return None
            heard = _text(found.get("originalValue")) or _text(found.get("interpretedValue"))
            if heard is not None:
                self.heard[name] = heard
            return found

        self.name = _read(value("FullName"), lambda text: Reading("value", text))
        self.date = _read(value("MeetingDate"), _date_reading)
        self.time = _read_time(value("MeetingTime"))
        self.duration = _read_duration(value("MeetingDuration"))
        self.email = _read(value("AttendeeEmail"), lambda text: Reading("value", text))

    def exact_start(self):
        """The start in minutes when the time is one exact start."""
        if self.time.kind == "value" and self.time.value[0] == "exact":
            return self.time.value[1]
        return None

    def pending_meeting(self, meeting_id):
        """The record to insert once every rule passed and every slot is filled."""
        start = self.exact_start()
        values = (self.name, self.email, self.date, self.duration)
        if start is None or any(reading.kind != "value" for reading in values):
            return None
        return Meeting(
            meeting_id=meeting_id,
            attendee_name=self.name.value,
            email=self.email.value,
            date=self.date.value,
            start=start,
            end=start + self.duration.value,
            status="pending",
        )


def _read(slot_value, parse):
    """No interpreted value is unfilled, a blank one is blank, anything else is parsed trimmed."""
    interpreted = _text((slot_value or {}).get("interpretedValue"))
    if interpreted is None:
        return UNFILLED
    text = interpreted.strip()
    return parse(text) if text else BLANK


def _date_reading(text):
    date = parse_date(text)
    return Reading("value", date) if date else Reading("unparsable", text)


def _read_time(slot_value):
    """An interpreted `HH:MM` before 24:00 or a part of the day; without an interpreted value, two or
    more candidates in resolvedValues make the time ambiguous."""
    if slot_value is None:
        return UNFILLED
    if _text(slot_value.get("interpretedValue")) is None:
        resolved = slot_value.get("resolvedValues") if isinstance(slot_value.get("resolvedValues"), list) else []
        resolved = [item.strip() for item in resolved if isinstance(item, str)]
        for item in resolved:
            if item in PARTS_OF_DAY:
                return Reading("value", ("part", item))
        if len(resolved) < 2:
            return UNFILLED
        candidates = sorted({minutes for minutes in map(start_time, resolved) if minutes is not None})
        if not candidates:
            return Reading("unparsable", _text(slot_value.get("originalValue")) or " ".join(resolved))
        return Reading("value", ("ambiguous", candidates))

    def parse(text):
        if text in PARTS_OF_DAY:
            return Reading("value", ("part", text))
        minutes = start_time(text)
        return Reading("value", ("exact", minutes)) if minutes is not None else Reading("unparsable", text)

    return _read(slot_value, parse)


def _read_duration(slot_value):
    """resolvedValues[0] when it reads as minutes (the listed value of a synonym), else the
    interpreted value; an unreadable value is kept as said."""

    def parse(text):
        resolved = slot_value.get("resolvedValues")
        first = resolved[0] if isinstance(resolved, list) and resolved and isinstance(resolved[0], str) else None
        minutes = minutes_in(first) if first is not None else None
        if minutes is None:
            minutes = minutes_in(text)
        return Reading("value", minutes) if minutes is not None else Reading("unparsable", text)

    return _read(slot_value, parse)
