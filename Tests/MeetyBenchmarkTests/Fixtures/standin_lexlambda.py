"""A STAND-IN for the original MeetyBot LexLambda, written for meety-bench's tests.

This is not the original handler (which is not part of this repository). It follows the design
described in docs/benchmark.md so that `meety-bench --original-lexlambda` can be tested: on a
BookMeeting fulfillment event it queries the approved meetings of the date through the `Meetings`
table's `StatusIndex`, writes a pending record with boto3 and closes the intent.
"""

import uuid

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table("Meetings")


def _value(slots, name):
    slot = slots.get(name) or {}
    return (slot.get("value") or {}).get("interpretedValue")


def _minutes(hhmm):
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def lambda_handler(event, context):
    intent = event["sessionState"]["intent"]
    slots = intent.get("slots") or {}
    date = _value(slots, "MeetingDate")
    start = _value(slots, "MeetingTime")
    duration = int(_value(slots, "MeetingDuration"))
    end_minutes = _minutes(start) + duration
    end = "%02d:%02d" % (end_minutes // 60, end_minutes % 60)
    approved = table.query(
        IndexName="StatusIndex",
        KeyConditionExpression=Key("status").eq("approved") & Key("date").eq(date),
    )["Items"]
    conflict = any(
        _minutes(item["startTime"]) < end_minutes and _minutes(start) < _minutes(item["endTime"])
        for item in approved
    )
    table.put_item(
        Item={
            "meetingId": str(uuid.uuid4()),
            "attendeeName": _value(slots, "FullName"),
            "email": _value(slots, "AttendeeEmail"),
            "date": date,
            "startTime": start,
            "endTime": end,
            "duration": str(duration),
            "status": "pending",
            "conflict": conflict,
            "sessionId": event["sessionId"],
        }
    )
    intent["state"] = "Fulfilled"
    return {
        "sessionState": {"dialogAction": {"type": "Close"}, "intent": intent},
        "messages": [
            {
                "contentType": "PlainText",
                "content": "Thank you %s, your meeting request is created." % _value(slots, "FullName"),
            }
        ],
    }
