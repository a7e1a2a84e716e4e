"""The Meetings table in DynamoDB: hash key `meetingId`, GSI `StatusIndex` (hash `status`, range
`date`), as scripts/create-meetings-table.sh creates it.

Insert-if-free is atomic in the same way as the Swift store (Sources/DynamoDBStore), and shares its
per-day version item, so the two can work on one table: the item `meetingId = "#day#YYYY-MM-DD"`
(no `status` or `date`, so StatusIndex never shows it) holds `version` (N) and `activeMeetingIds`
(SS). A booking reads the version item, then the day's active meetings, checks for a clash, and
commits one TransactWriteItems: a Put of the record with `attribute_not_exists(meetingId)` and an
Update of the version item conditioned on the version it read. If another writer moved the day on
in between, the transaction is cancelled and the booking starts again from the read.
"""

import os
import random
import time
import urllib.parse

import boto3
import botocore.exceptions

from .meeting import Meeting

DAY_PREFIX = "#day#"
# The sequential test ids' counter; like every id starting with "#", a bookkeeping item, never a record.
SEQUENCE_ID = "#sequence"
INDEX = "StatusIndex"
ATTEMPTS = 8


class StoreUnavailable(Exception):
    """The table cannot be read or written; nothing was written."""


class DuplicateMeetingID(StoreUnavailable):
    """A record with the new meetingId exists already; it is never overwritten."""


class MeetingsTable:
    def __init__(self, client, table):
        self.client = client
        self.table = table

    @classmethod
    def from_environment(cls):
        """MEETINGS_TABLE (default Meetings); the endpoint from AWS_ENDPOINT_URL_DYNAMODB or
        AWS_ENDPOINT_URL when set (botocore reads them too; passing them keeps older botocore right)."""
        endpoint = os.environ.get("AWS_ENDPOINT_URL_DYNAMODB") or os.environ.get("AWS_ENDPOINT_URL") or None
        settings = {}
        if endpoint and urllib.parse.urlparse(endpoint).hostname in ("127.0.0.1", "localhost", "::1"):
            # A local DynamoDB (moto, DynamoDB Local) accepts any keys; meety-bot needs none for it either.
            if not os.environ.get("AWS_ACCESS_KEY_ID") and not os.environ.get("AWS_PROFILE"):
                settings = {"aws_access_key_id": "local", "aws_secret_access_key": "local"}
            if not os.environ.get("AWS_REGION") and not os.environ.get("AWS_DEFAULT_REGION"):
                settings["region_name"] = "us-east-1"
        client = boto3.client("dynamodb", endpoint_url=endpoint, **settings)
        return cls(client, os.environ.get("MEETINGS_TABLE") or "Meetings")

    def _call(self, operation, **request):
        try:
            return getattr(self.client, operation)(**request)
        except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError) as error:
            raise StoreUnavailable(f"DynamoDB {operation} failed: {error}") from error

    def next_sequence(self):
        """Adds one to the table's `#sequence` item (an atomic UpdateItem ADD) and returns the new count."""
        answer = self._call(
            "update_item",
            TableName=self.table,
            Key={"meetingId": {"S": SEQUENCE_ID}},
            UpdateExpression="ADD #n :one",
            ExpressionAttributeNames={"#n": "count"},
            ExpressionAttributeValues={":one": {"N": "1"}},
            ReturnValues="UPDATED_NEW",
        )
        return int(answer["Attributes"]["count"]["N"])

    def meeting(self, meeting_id):
        """The record with this id (a strongly consistent GetItem), or None."""
        answer = self._call(
            "get_item", TableName=self.table, Key={"meetingId": {"S": meeting_id}}, ConsistentRead=True
        )
        return _record(answer["Item"]) if "Item" in answer else None

    def active_meetings(self, date):
        """The pending and approved meetings of a day: two StatusIndex queries, every page."""
        found = []
        for status in ("pending", "approved"):
            request = {
                "TableName": self.table,
                "IndexName": INDEX,
                "KeyConditionExpression": "#status = :status AND #date = :date",
                "ExpressionAttributeNames": {"#status": "status", "#date": "date"},
                "ExpressionAttributeValues": {":status": {"S": status}, ":date": {"S": date.isoformat()}},
            }
            while True:
                answer = self._call("query", **request)
                found += [_record(item) for item in answer.get("Items", [])]
                if not answer.get("LastEvaluatedKey"):
                    break
                request["ExclusiveStartKey"] = answer["LastEvaluatedKey"]
        return sorted(found, key=Meeting.order)

    def insert_if_free(self, meeting, day=None):
        """Stores a pending or approved `meeting` unless it overlaps an active meeting of its day.

        `day` is a `read_day` of the meeting's date made just before, used for the first attempt
        instead of reading again (the transaction's version condition still catches any change since).
        Returns [] when stored, else the clashing meetings (nothing written). Raises
        DuplicateMeetingID when the id exists, StoreUnavailable when DynamoDB fails or other writers
        keep changing the day."""
        for attempt in range(1, ATTEMPTS + 1):
            version, active = day if attempt == 1 and day is not None else self.read_day(meeting.date)
            clashes = [
                m for m in active if m.meeting_id != meeting.meeting_id and m.overlaps(meeting.start, meeting.end)
            ]
            if clashes:
                if self.meeting(meeting.meeting_id) is not None:
                    raise DuplicateMeetingID(meeting.meeting_id)
                return clashes
            put = {
                "Put": {
                    "TableName": self.table,
                    "Item": meeting.item(),
                    "ConditionExpression": "attribute_not_exists(meetingId)",
                }
            }
            active_ids = {m.meeting_id for m in active} | {meeting.meeting_id}
            outcome = self._transact([put, self._version_update(meeting.date, version, active_ids)])
            if outcome == "committed":
                return []
            if outcome == 0:
                raise DuplicateMeetingID(meeting.meeting_id)
            time.sleep(min(0.5, 0.01 * 2**attempt) * random.random())
        raise StoreUnavailable(f"gave up booking {meeting.meeting_id}: other writers kept changing {meeting.date}")

    def read_day(self, date):
        """The version item (strongly consistent), then the day's active meetings, completed by
        strongly consistent reads of the ids the version item records but the index does not show yet."""
        answer = self._call(
            "get_item", TableName=self.table, Key={"meetingId": {"S": DAY_PREFIX + date.isoformat()}},
            ConsistentRead=True,
        )
        item = answer.get("Item")
        version = int(item["version"]["N"]) if item else None
        recorded = set(item.get("activeMeetingIds", {}).get("SS", [])) if item else set()
        active = {m.meeting_id: m for m in self.active_meetings(date)}
        for meeting_id in sorted(recorded - active.keys()):
            meeting = self.meeting(meeting_id)
            if meeting is not None and meeting.is_active and meeting.date == date:
                active[meeting_id] = meeting
        return version, sorted(active.values(), key=Meeting.order)

    def _version_update(self, date, version, active_ids):
        values = {":next": {"N": str((version or 0) + 1)}, ":ids": {"SS": sorted(active_ids)}}
        if version is None:
            condition = "attribute_not_exists(meetingId)"
        else:
            condition = "#v = :expected"
            values[":expected"] = {"N": str(version)}
        return {
            "Update": {
                "TableName": self.table,
                "Key": {"meetingId": {"S": DAY_PREFIX + date.isoformat()}},
                "UpdateExpression": "SET #v = :next, #a = :ids",
                "ConditionExpression": condition,
                "ExpressionAttributeNames": {"#v": "version", "#a": "activeMeetingIds"},
                "ExpressionAttributeValues": values,
            }
        }

    def _transact(self, actions):
        """"committed", the index of the action whose condition failed, or "conflicted"."""
        try:
            self.client.transact_write_items(TransactItems=actions)
            return "committed"
        except botocore.exceptions.ClientError as error:
            if error.response.get("Error", {}).get("Code") != "TransactionCanceledException":
                raise StoreUnavailable(f"DynamoDB TransactWriteItems failed: {error}") from error
            reasons = [reason.get("Code") for reason in error.response.get("CancellationReasons", [])]
            if "ConditionalCheckFailed" in reasons:
                return reasons.index("ConditionalCheckFailed")
            if "TransactionConflict" in reasons:
                return "conflicted"
            raise StoreUnavailable(f"DynamoDB TransactWriteItems failed: {error}") from error
        except botocore.exceptions.BotoCoreError as error:
            raise StoreUnavailable(f"DynamoDB TransactWriteItems failed: {error}") from error


def _record(item):
    try:
        return Meeting.from_item(item)
    except (KeyError, ValueError) as error:
        raise StoreUnavailable(f"the Meetings table holds an unreadable record: {error}") from error
