"""One record of the Meetings table; every attribute is a string (docs/lexlambda.md)."""

import dataclasses
import datetime

from .times import hhmm, parse_time


@dataclasses.dataclass(frozen=True)
class Meeting:
    meeting_id: str
    attendee_name: str
    email: str
    date: datetime.date
    start: int  # minutes since midnight
    end: int  # minutes since midnight, at most 1440 (24:00)
    status: str  # pending, approved or rejected

    @property
    def duration(self):
        return self.end - self.start

    @property
    def is_active(self):
        """Only pending and approved meetings block their slot."""
        return self.status != "rejected"

    def overlaps(self, start, end):
        """Half-open spans [start, end): back-to-back meetings do not overlap."""
        return self.start < end and start < self.end

    def item(self):
        """The DynamoDB item."""
        attributes = {
            "meetingId": self.meeting_id,
            "attendeeName": self.attendee_name,
            "email": self.email,
            "date": self.date.isoformat(),
            "startTime": hhmm(self.start),
            "endTime": hhmm(self.end),
            "duration": str(self.duration),
            "status": self.status,
        }
        return {name: {"S": value} for name, value in attributes.items()}

    @classmethod
    def from_item(cls, item):
        """Reads a record; raises ValueError when it is not one the hooks can reason about."""
        text = {name: value["S"] for name, value in item.items() if "S" in value}
        start, end = parse_time(text["startTime"]), parse_time(text["endTime"])
        if start is None or end is None or not start < end or str(end - start) != text["duration"]:
            raise ValueError(f"meeting record {text.get('meetingId')!r} has an inconsistent time range")
        if text["status"] not in ("pending", "approved", "rejected"):
            raise ValueError(f"meeting record {text.get('meetingId')!r} has status {text['status']!r}")
        return cls(
            meeting_id=text["meetingId"],
            attendee_name=text["attendeeName"],
            email=text["email"],
            date=datetime.date.fromisoformat(text["date"]),
            start=start,
            end=end,
            status=text["status"],
        )

    def order(self):
        """Store order: date, start, end, meetingId."""
        return (self.date, self.start, self.end, self.meeting_id)
