"""Dates and times as Lex resolves them: `YYYY-MM-DD`, and `HH:MM` as minutes since midnight."""

import datetime
import re

MINUTES_PER_DAY = 1440

_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})$")


def parse_date(text):
    """A real calendar date written `YYYY-MM-DD`, or None."""
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_time(text):
    """Minutes since midnight of `H:MM` or `HH:MM`, 00:00 to 24:00, or None."""
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 24 or minute > 59 or (hour == 24 and minute != 0):
        return None
    return hour * 60 + minute


def start_time(text):
    """A start time: `HH:MM` before 24:00."""
    minutes = parse_time(text)
    return minutes if minutes is not None and minutes < MINUTES_PER_DAY else None


def hhmm(minutes):
    """`HH:MM`, zero-padded (24:00 for the end of the day)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def span(start, end):
    """`HH:MM-HH:MM`: how replies name a range."""
    return f"{hhmm(start)}-{hhmm(end)}"


def ends_by_midnight(start, duration):
    """Whether a meeting of `duration` minutes starting at `start` lies within one day."""
    return 0 <= start < MINUTES_PER_DAY and 0 < duration <= MINUTES_PER_DAY - start


def latest_start(duration):
    """The latest start from which a meeting of `duration` minutes ends by 24:00."""
    return MINUTES_PER_DAY - duration if 1 <= duration <= MINUTES_PER_DAY else None
