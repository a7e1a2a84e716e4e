"""Where new meetingIds come from: random UUIDs, or sequential ones for tests."""

import os
import uuid


class MeetingIDs:
    """Random lowercase UUIDs, or with MEETY_MEETING_IDS=sequential the ids
    `00000000-0000-4000-8000-000000000001`, `...002`, ... counted from the start of the process,
    as the Swift LexLambda gives them. meety-bot's scripts name these ids, so the suite runs with
    `--fresh-hook`: every script starts a new process and so counts from 1."""

    def __init__(self, sequential):
        self.sequential = sequential
        self.count = 0

    @classmethod
    def from_environment(cls):
        return cls(os.environ.get("MEETY_MEETING_IDS") == "sequential")

    def next_id(self):
        if not self.sequential:
            return str(uuid.uuid4())
        self.count += 1
        return f"00000000-0000-4000-8000-{self.count:012d}"
