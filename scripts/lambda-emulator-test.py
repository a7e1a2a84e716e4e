#!/usr/bin/env python3
"""The LexLambda zip under the real AWS Lambda Runtime Interface Emulator, in a bare root (see
scripts/lambda_emulator.py), over a moto DynamoDB: Lex V2 events for a whole booking, a conflict in
the dialog and at fulfillment, a race of two execution environments for one slot (three rounds),
MEETY_TIME_ZONE in three zones, and an unknown zone failing at init. Prints the emulator's
cold-start (INIT REPORT) and per-invocation (REPORT Duration) figures.

Usage: scripts/with-moto.sh python3 scripts/lambda-emulator-test.py --zip ZIP --rie RIE
       ... --expect-start-failure TEXT   (a broken zip: its first invoke must fail and the
                                          emulator's log must contain TEXT)
Needs root (namespaces, chroot), cc, readelf, boto3.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import zoneinfo

import boto3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lambda_emulator import BareRoot, Emulator  # noqa: E402
from lex_events import Conversation, action_of, slot  # noqa: E402

TABLE = "Meetings"
results = []


def check(name, passed, detail=""):
    results.append(passed)
    print(("ok   " if passed else "FAIL ") + name + ("" if passed or not detail else f"\n     {detail}"))


def create_table(dynamodb):
    dynamodb.create_table(
        TableName=TABLE, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"} for n in ("meetingId", "status", "date")],
        KeySchema=[{"AttributeName": "meetingId", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{
            "IndexName": "StatusIndex", "Projection": {"ProjectionType": "ALL"},
            "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "date", "KeyType": "RANGE"}],
        }])


def meetings(dynamodb):
    items = dynamodb.scan(TableName=TABLE, ConsistentRead=True)["Items"]
    return sorted(({key: value["S"] for key, value in item.items() if "S" in value}
                   for item in items if "status" in item), key=lambda m: (m["date"], m["startTime"]))


def turn(emulator, conversation, event):
    status, body = emulator.invoke(event)
    if status != 200:
        raise AssertionError(f"invoke answered {status}: {body[:500]!r}\n{emulator.read_log()[-3000:]}")
    try:
        return action_of(conversation.apply(json.loads(body)))
    except (ValueError, KeyError) as error:
        raise AssertionError(f"not a Lex V2 response ({error}): {body[:500]!r}") from error


def book(emulator, name, day, start):
    """A booking dialog up to the start time; returns the conversation and each turn's answer."""
    chat = Conversation(f"al2023-{name.lower()}")
    answers = [turn(emulator, chat, chat.dialog("I want to book a meeting"))]
    answers.append(turn(emulator, chat, chat.dialog(f"my name is {name}", "FullName", slot(name, name))))
    answers.append(turn(emulator, chat, chat.dialog("next week", "MeetingDate", slot("next week", day))))
    answers.append(turn(emulator, chat, chat.dialog(start, "MeetingTime", slot(start, start))))
    return chat, answers


def finish(emulator, chat, name, duration):
    """The rest of a booking dialog: duration, email, then the confirmed fulfillment."""
    answers = [turn(emulator, chat, chat.dialog(f"{duration} minutes", "MeetingDuration", slot(f"{duration} minutes", str(duration))))]
    email = f"{name.lower()}@example.com"
    answers.append(turn(emulator, chat, chat.dialog(email, "AttendeeEmail", slot(email, email))))
    answers.append(turn(emulator, chat, chat.fulfillment()))
    return answers


def booking_and_conflicts(emulator, dynamodb, day):
    chat, answers = book(emulator, "Alice", day, "10:30")
    answers += finish(emulator, chat, "Alice", 30)
    check("a whole booking: every dialog turn is delegated", [a[0] for a in answers[:-1]] == ["Delegate"] * 6, answers)
    check("a whole booking: the fulfillment closes the intent as Fulfilled with the reply",
          answers[-1][:3] == ("Close", None, "Fulfilled") and answers[-1][3] ==
          f"Thanks Alice, your 30-minute meeting on {day} from 10:30 to 11:00 is requested and awaits approval.",
          answers[-1])
    stored = meetings(dynamodb)
    check("a whole booking: one pending record in DynamoDB", [
        (m["attendeeName"], m["email"], m["date"], m["startTime"], m["endTime"], m["status"]) for m in stored] ==
        [("Alice", "alice@example.com", day, "10:30", "11:00", "pending")], stored)

    chat, answers = book(emulator, "Bob", day, "10:45")
    kind, slot_name, _, message = answers[-1]
    check("a conflict in the dialog: 10:45 is re-elicited, naming the clash and the next free start",
          (kind, slot_name) == ("ElicitSlot", "MeetingTime") and "clashes with the meeting booked 10:30-11:00" in message
          and "is 11:00" in message and chat.slots["MeetingTime"] is None, answers[-1])
    answers = [turn(emulator, chat, chat.dialog("11:00", "MeetingTime", slot("11:00", "11:00")))]
    answers += finish(emulator, chat, "Bob", 60)
    check("a conflict in the dialog: Bob books 11:00-12:00 instead",
          [a[0] for a in answers[:-1]] == ["Delegate"] * 3 and answers[-1][2] == "Fulfilled" and "from 11:00 to 12:00" in answers[-1][3],
          answers)

    erin = Conversation("al2023-erin")
    for name, heard, value in (("FullName", "Erin", "Erin"), ("MeetingDate", day, day), ("MeetingTime", "11:30", "11:30"),
                               ("MeetingDuration", "30", "30"), ("AttendeeEmail", "erin@example.com", "erin@example.com")):
        erin.slots[name] = slot(heard, value)
    answer = turn(emulator, erin, erin.fulfillment())
    check("a conflict at fulfillment: ElicitSlot MeetingTime naming 11:00-12:00, nothing written",
          answer[:2] == ("ElicitSlot", "MeetingTime") and "11:00-12:00" in answer[3]
          and [m["attendeeName"] for m in meetings(dynamodb)] == ["Alice", "Bob"], answer)


def race(first, second, dynamodb, day):
    """Three rounds of two users booking the same slot at once, one per execution environment."""
    warm = Conversation("al2023-warm-up")
    turn(second, warm, warm.dialog("I want to book a meeting"))  # both environments are warm
    for round_number, start in enumerate(("14:00", "15:30", "17:00"), 1):
        chats, answers, barrier = {}, {}, threading.Barrier(2)
        for name in (f"Carol{round_number}", f"Dave{round_number}"):
            chat = Conversation(f"al2023-race-{name.lower()}")
            for slot_name, value in (("FullName", name), ("MeetingDate", day), ("MeetingTime", start),
                                     ("MeetingDuration", "60"), ("AttendeeEmail", f"{name.lower()}@example.com")):
                chat.slots[slot_name] = slot(value, value)
            chats[name] = chat

        def run(name, emulator):
            barrier.wait()
            answers[name] = turn(emulator, chats[name], chats[name].fulfillment())

        threads = [threading.Thread(target=run, args=(name, emulator))
                   for name, emulator in zip(chats, (first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        states = sorted(answer[2] if answer[0] == "Close" else answer[0] for answer in answers.values())
        winners = [m["attendeeName"] for m in meetings(dynamodb) if m["startTime"] == start]
        check(f"a race, round {round_number}: two environments book {day} {start}; exactly one wins",
              states == ["ElicitSlot", "Fulfilled"] and len(winners) == 1
              and answers[winners[0]][2] == "Fulfilled", (answers, winners))


def today_reported(emulator, zone):
    """The hook's "today" in its MEETY_TIME_ZONE, read from its past-date reply, and this
    machine's today in `zone` just before and after the call."""
    chat = Conversation(f"al2023-zone-{zone.replace('/', '-').lower()}")
    chat.slots["FullName"] = slot("Zoe", "Zoe")
    before = datetime.datetime.now(zoneinfo.ZoneInfo(zone)).date().isoformat()
    answer = turn(emulator, chat, chat.dialog("January 1st 2000", "MeetingDate", slot("January 1st 2000", "2000-01-01")))
    after = datetime.datetime.now(zoneinfo.ZoneInfo(zone)).date().isoformat()
    found = re.search(r"is in the past \(today is (\d{4}-\d{2}-\d{2})\)", answer[3] or "")
    return (found.group(1) if found else None), {before, after}, answer


def figures(emulators):
    """(cold starts, first invocations, warm invocations) in ms, from the emulators' logs: the
    INIT REPORT (process start to the first /next) and each REPORT Duration; an environment's first
    REPORT, which carries "Init Duration", includes its cold start."""
    cold, first, warm = [], [], []
    for emulator in emulators:
        log = emulator.read_log()
        cold += [float(value) for value in re.findall(r"INIT REPORT\(durationMs: ([0-9.]+)\)", log)]
        for init, duration in re.findall(r"REPORT RequestId: \S+\s+(Init Duration: [0-9.]+ ms\s+)?Duration: ([0-9.]+) ms", log):
            (first if init else warm).append(float(duration))
    return cold, first, warm


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", required=True)
    parser.add_argument("--rie", required=True)
    parser.add_argument("--expect-start-failure", metavar="TEXT")
    parser.add_argument("--logs", metavar="DIR", help="copy the emulators' logs here")
    args = parser.parse_args()
    endpoint = os.environ.get("MEETY_DYNAMODB_ENDPOINT")
    if endpoint is None and not args.expect_start_failure:
        parser.error("MEETY_DYNAMODB_ENDPOINT is not set: run it under scripts/with-moto.sh")
    with tempfile.TemporaryDirectory(prefix="meety-al2023-") as work:
        root = BareRoot(args.zip, args.rie, work)
        settings = {"MEETINGS_TABLE": TABLE, "AWS_ENDPOINT_URL_DYNAMODB": endpoint or "http://127.0.0.1:9"}
        log = lambda name: os.path.join(work, f"{name}.log")
        if args.expect_start_failure:
            return expect_start_failure(root, settings, log("broken"), args.expect_start_failure)
        dynamodb = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1")
        create_table(dynamodb)
        day = (datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date() + datetime.timedelta(days=7)).isoformat()
        berlin = dict(settings, MEETY_TIME_ZONE="Europe/Berlin")
        emulators = []
        try:
            first = Emulator(root, berlin, log("first"))
            second = Emulator(root, berlin, log("second"))
            kiritimati = Emulator(root, dict(settings, MEETY_TIME_ZONE="Pacific/Kiritimati"), log("kiritimati"))
            pago_pago = Emulator(root, dict(settings, MEETY_TIME_ZONE="Pacific/Pago_Pago"), log("pago-pago"))
            mars = Emulator(root, dict(settings, MEETY_TIME_ZONE="Mars/Olympus_Mons"), log("mars"))
            for emulator in (first, second, kiritimati, pago_pago, mars):
                emulator.start()
                emulators.append(emulator)
            print(f"emulators listen on {', '.join(a for e in emulators for a in e.listening)} (loopback only)")
            booking_and_conflicts(first, dynamodb, day)
            race(first, second, dynamodb, day)
            zones = {}
            for zone, emulator in (("Europe/Berlin", first), ("Pacific/Kiritimati", kiritimati), ("Pacific/Pago_Pago", pago_pago)):
                reported, expected, answer = today_reported(emulator, zone)
                zones[zone] = reported
                check(f"MEETY_TIME_ZONE={zone}: the hook's today is {reported}, today in {zone}", reported in expected, answer)
            check("Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11) never share a date",
                  zones["Pacific/Kiritimati"] != zones["Pacific/Pago_Pago"], zones)
            status, body = mars.invoke(Conversation("al2023-mars").dialog("hello"))
            try:
                message = json.loads(body).get("errorMessage", "")
            except ValueError:
                message = ""
            check("MEETY_TIME_ZONE=Mars/Olympus_Mons fails at init with a clear error (502 and the init error)",
                  status == 502 and message.startswith("MEETY_TIME_ZONE 'Mars/Olympus_Mons' is not a known time zone")
                  and '"outcome":"init_error"' in mars.read_log(), (status, body))
        finally:
            for emulator in emulators:
                emulator.stop()
        if args.logs:
            os.makedirs(args.logs, exist_ok=True)
            for emulator in emulators:
                shutil.copy(emulator.log_path, args.logs)
        cold, first, warm = figures(emulators[:4])
        if cold and first and warm:
            print(f"cold start (INIT REPORT, process start to the first /next): {', '.join(f'{c:.1f}' for c in cold)} ms")
            print(f"first invocation of each environment (REPORT Duration, with the cold start): "
                  f"{', '.join(f'{d:.1f}' for d in first)} ms")
            print(f"warm invocations (REPORT Duration, {len(warm)} invokes): p50 {statistics.median(warm):.2f} ms, "
                  f"p90 {statistics.quantiles(warm, n=10)[-1]:.2f} ms, max {max(warm):.2f} ms")
        check("the emulators reported cold starts and invocation durations", len(cold) == 4 and len(first) == 4
              and len(warm) > 20, (cold, first, len(warm)))
    if not all(results):
        print(f"lambda-emulator-test.py: {results.count(False)} of {len(results)} checks failed", file=sys.stderr)
        return 1
    print(f"lambda-emulator-test.py: all {len(results)} checks passed")
    return 0


def expect_start_failure(root, settings, log_path, text):
    """A broken zip must not answer: its first invoke fails and the log says why."""
    with Emulator(root, dict(settings, MEETY_TIME_ZONE="UTC"), log_path) as emulator:
        status, body = emulator.invoke(Conversation("al2023-broken").dialog("I want to book a meeting"))
        log = emulator.read_log()
    reasons = [line for line in log.splitlines() if text in line]
    print(f"invoke answered {status} {body[:200]!r}")
    for line in reasons[:3]:
        print(f"emulator log: {line.strip()}")
    if status == 200 or not reasons:
        print(f"lambda-emulator-test.py: expected a failed start with {text!r} in the log; got {status}:\n{log[-3000:]}",
              file=sys.stderr)
        return 1
    print(f"lambda-emulator-test.py: the broken zip does not start, as expected ({text!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
