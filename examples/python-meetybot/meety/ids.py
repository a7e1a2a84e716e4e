"""Where new meetingIds come from: random UUIDs, or sequential ones for tests."""

import os
import uuid


class MeetingIDs:
    """Random lowercase UUIDs, or with MEETY_MEETING_IDS=sequential the ids
    `00000000-0000-4000-8000-000000000001`, `...002`, ... numbered per table: the count is kept in
    the table itself (the bookkeeping item `#sequence`, which listings skip like the day version
    items). meety-bot empties a script's table before the script, so a warm worker numbers every
    script from 1, exactly as the in-process hook does, and scripts may name the ids."""

    def __init__(self, sequential):
        self.sequential = sequential

    @classmethod
    def from_environment(cls):
        return cls(os.environ.get("MEETY_MEETING_IDS") == "sequential")

    def next_id(self, table):
        """A new id; `table` (a MeetingsTable) counts the sequential ones."""
        if not self.sequential:
            return str(uuid.uuid4())
        return f"00000000-0000-4000-8000-{table.next_sequence():012d}"
