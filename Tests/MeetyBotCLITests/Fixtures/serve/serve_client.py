#!/usr/bin/env python3
"""A client of `meety-bot serve` through boto3, as an application would use it.

Usage: serve_client.py CASE ENDPOINT BOT_ID [options]

Each case drives the server with the unchanged AWS SDK (`endpoint_url` pointed at the server, the
SDK's default parameter validation on) and checks what comes back. It prints `ok: <check>` for
each check that holds and exits 1 with `FAIL: <why>` at the first that does not. Cases:

  booking     a whole MeetyBot booking through RecognizeText, then a second user's conflict reply
  sessions    PutSession / GetSession / DeleteSession round trips
  utterance   RecognizeUtterance with text input (answers in gzip+base64 headers)
  errors      every error case of the API raising the SDK's own exception class
  dependency  a failing, invalid and slow code hook raising DependencyFailedException (424)
  signature   --verify-signature: good, wrong-secret and unknown-key clients
  load        N concurrent sessions each booking a distinct slot, then M racing for one slot
  cors        what a browser page does: a preflight for the headers the SDK sends, then the signed
              requests with an Origin, reading the answers only where CORS lets it (origin=O to
              start it from another origin; listed=1 when the server lists only that origin)
"""
import base64
import concurrent.futures
import gzip
import http.client
import json
import re
import sys
import threading

import boto3
import botocore.config
import botocore.exceptions

ALIAS = "TSTALIASID"
LOCALE = "en_US"


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def ok(message):
    print(f"ok: {message}", flush=True)


def check(condition, message, detail=""):
    if not condition:
        fail(f"{message} {detail}".strip())
    ok(message)


def client(endpoint, key="testing", secret="testing", pool=10):
    config = botocore.config.Config(
        max_pool_connections=pool, retries={"max_attempts": 1, "mode": "standard"},
        connect_timeout=5, read_timeout=30)
    return boto3.client(
        "lexv2-runtime", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id=key, aws_secret_access_key=secret, config=config)


def unpack(header):
    return json.loads(gzip.decompress(base64.b64decode(header)))


class Session:
    def __init__(self, lex, bot, session, locale=LOCALE):
        self.lex, self.bot, self.session, self.locale = lex, bot, session, locale

    def say(self, text, **extra):
        return self.lex.recognize_text(
            botId=self.bot, botAliasId=ALIAS, localeId=self.locale, sessionId=self.session, text=text, **extra)

    def get(self):
        return self.lex.get_session(botId=self.bot, botAliasId=ALIAS, localeId=self.locale, sessionId=self.session)


def reply(response):
    return "\n".join(m.get("content", "") for m in response.get("messages", []))


def action(response):
    return response["sessionState"].get("dialogAction", {})


def book(session, name, date, time, email):
    """Says every turn of a booking up to the confirmation; returns the last response."""
    steps = ["I want to book a meeting", f"my name is {name}", date, time, "half an hour", email]
    response = None
    for text in steps:
        response = session.say(text)
    return response


def case_booking(lex, bot, args):
    alice = Session(lex, bot, "alice-booking")
    first = alice.say("I want to book a meeting")
    check(action(first) == {"type": "ElicitSlot", "slotToElicit": "FullName"}, "BookMeeting elicits FullName",
          str(action(first)))
    check(first["sessionState"]["intent"]["name"] == "BookMeeting", "the intent is BookMeeting")
    check(first["interpretations"][0]["intent"]["name"] == "BookMeeting", "the top interpretation is BookMeeting")
    for text in ["my name is Alice", "next monday", "10:30", "half an hour", "alice@example.com"]:
        last = alice.say(text)
    check(action(last)["type"] == "ConfirmIntent", "the bot asks to confirm", str(action(last)))
    done = alice.say("yes")
    state = done["sessionState"]
    check(state["intent"]["state"] == "Fulfilled", "the booking is fulfilled", str(state["intent"]))
    check(re.search(r"Alice.*2026-11-23.*10:30.*11:00", reply(done)) is not None, "the reply names the slot",
          reply(done))
    got = alice.get()
    slots = got["sessionState"]["intent"]["slots"]
    check(slots["MeetingTime"]["value"]["interpretedValue"] == "10:30", "GetSession returns the booked time")
    check(reply(got) == reply(done), "GetSession returns the last messages")
    bob = Session(lex, bot, "bob-booking")
    clash = bob.say("book a meeting on 2026-11-23 at 10:45")
    check(action(clash) == {"type": "ElicitSlot", "slotToElicit": "MeetingTime"}, "the clash re-elicits MeetingTime",
          str(action(clash)))
    check("10:30-11:00" in reply(clash), "the conflict reply names the clashing range", reply(clash))
    check(clash["sessionState"]["intent"]["slots"].get("MeetingTime") is None, "the clashing time is cleared")


def case_sessions(lex, bot, args):
    carol = Session(lex, bot, "carol-sessions")
    put = lex.put_session(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId=carol.session,
        messages=[{"contentType": "PlainText", "content": "Welcome back, Carol"}],
        sessionState={
            "sessionAttributes": {"channel": "web"},
            "dialogAction": {"type": "ElicitSlot", "slotToElicit": "MeetingDate"},
            "intent": {"name": "BookMeeting", "state": "InProgress", "slots": {
                "FullName": {"value": {"originalValue": "Carol", "interpretedValue": "Carol",
                                       "resolvedValues": ["Carol"]}}}},
        },
        responseContentType="text/plain; charset=utf-8")
    check(put["sessionId"] == carol.session, "PutSession names the session")
    check(unpack(put["messages"])[0]["content"] == "Welcome back, Carol", "PutSession returns its messages")
    check(unpack(put["sessionState"])["sessionAttributes"] == {"channel": "web"},
          "PutSession returns the state, gzipped and base64-encoded")
    got = carol.get()
    check(got["sessionState"]["intent"]["name"] == "BookMeeting", "GetSession returns the intent PutSession set")
    check(got["sessionState"]["sessionAttributes"] == {"channel": "web"}, "GetSession returns the attributes")
    check(got["messages"][0]["content"] == "Welcome back, Carol", "GetSession returns PutSession's messages")
    turn = carol.say("next monday")
    state = turn["sessionState"]
    check(state["intent"]["slots"]["MeetingDate"]["value"]["interpretedValue"] == "2026-11-23",
          "the next turn answers the slot PutSession elicits", str(state["intent"]["slots"].get("MeetingDate")))
    check(state["intent"]["slots"]["FullName"]["value"]["interpretedValue"] == "Carol",
          "the next turn keeps the slots PutSession set")
    check(state["sessionAttributes"] == {"channel": "web"}, "the next turn keeps the attributes PutSession set")
    deleted = lex.delete_session(botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId=carol.session)
    check(deleted["sessionId"] == carol.session and deleted["botId"] == bot, "DeleteSession answers the ids")
    try:
        carol.get()
        fail("GetSession after DeleteSession should raise ResourceNotFoundException")
    except lex.exceptions.ResourceNotFoundException:
        ok("GetSession after DeleteSession raises ResourceNotFoundException")
    fresh = carol.say("hello")
    check(fresh["sessionState"]["sessionAttributes"] == {}, "a deleted session starts afresh",
          str(fresh["sessionState"]))


def case_utterance(lex, bot, args):
    response = lex.recognize_utterance(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="dave-utterance",
        requestContentType="text/plain; charset=utf-8", responseContentType="text/plain; charset=utf-8",
        sessionState=base64.b64encode(gzip.compress(json.dumps(
            {"sessionAttributes": {"channel": "voice-less"}}).encode())).decode(),
        inputStream=b"I want to book a meeting")
    check(response["inputMode"] == "Text", "the input mode is Text")
    check(response["sessionId"] == "dave-utterance", "the session id header is plain text")
    messages = unpack(response["messages"])
    check(messages[0]["content"] == "What is your name?", "the messages header holds the prompt", str(messages))
    state = unpack(response["sessionState"])
    check(state["dialogAction"] == {"type": "ElicitSlot", "slotToElicit": "FullName"}, "the session state header")
    check(state["sessionAttributes"] == {"channel": "voice-less"}, "the gzipped session state sent was used")
    check(unpack(response["interpretations"])[0]["intent"]["name"] == "BookMeeting", "the interpretations header")
    check(gzip.decompress(base64.b64decode(response["inputTranscript"])).decode() == "I want to book a meeting",
          "the input transcript header")
    check(response["audioStream"].read() == b"", "no audio")
    text = Session(lex, bot, "dave-utterance").say("my name is Dave")
    check(action(text)["slotToElicit"] == "MeetingDate", "RecognizeText continues the utterance's session")


def expect_error(lex, name, call):
    exception = getattr(lex.exceptions, name)
    try:
        call()
    except exception as error:
        status = error.response["ResponseMetadata"]["HTTPStatusCode"]
        ok(f"{name} ({status}): {error.response['Error']['Message'][:80]}")
        return error
    except botocore.exceptions.ClientError as error:
        fail(f"expected {name}, got {error.response['Error']['Code']}: {error}")
    fail(f"expected {name}, got no error")


def case_errors(lex, bot, args):
    erin = Session(lex, bot, "erin-errors")
    expect_error(lex, "ValidationException", lambda: erin.say("x" * 1025))
    expect_error(lex, "ValidationException", lambda: Session(lex, bot, "bad id!").say("hello"))
    expect_error(lex, "ValidationException", lambda: Session(lex, bot, "s" * 101).say("hello"))
    expect_error(lex, "ValidationException", lambda: erin.say("   "))

    def break_body(request, **_):
        request.data = b'{"text": "hello", "sessionState": {'
    lex.meta.events.register("before-sign.lex-runtime-v2.RecognizeText", break_body)
    expect_error(lex, "ValidationException", lambda: erin.say("hello"))
    lex.meta.events.unregister("before-sign.lex-runtime-v2.RecognizeText", break_body)
    expect_error(lex, "ValidationException", lambda: erin.say("hello", sessionState={
        "dialogAction": {"type": "Sing"}}))
    expect_error(lex, "ResourceNotFoundException", lambda: Session(lex, "ZZZZZZZZZZ", "erin-errors").say("hello"))
    expect_error(lex, "ResourceNotFoundException", lambda: lex.recognize_text(
        botId=bot, botAliasId="PRODALIAS1", localeId=LOCALE, sessionId="erin-errors", text="hello"))
    expect_error(lex, "ResourceNotFoundException", lambda: Session(lex, bot, "erin-errors", "fr_FR").say("bonjour"))
    expect_error(lex, "ResourceNotFoundException", lambda: Session(lex, bot, "never-started").get())
    expect_error(lex, "ResourceNotFoundException", lambda: lex.delete_session(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="never-started"))
    expect_error(lex, "ValidationException", lambda: lex.put_session(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="erin-errors",
        sessionState={"intent": {"name": "OrderPizza"}, "dialogAction": {"type": "Delegate"}}))
    expect_error(lex, "ValidationException", lambda: lex.recognize_utterance(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="erin-errors",
        requestContentType="audio/l16; rate=16000; channels=1", inputStream=b"\x00\x01"))
    check(reply(erin.say("hello")) != "", "the server still answers after every error")


def case_dependency(lex, bot, args):
    frank = Session(lex, bot, "frank-dependency")
    for mode in ["explode", "garbage", "dawdle"]:
        expect_error(lex, "DependencyFailedException", lambda: frank.say(
            "I want to book a meeting", sessionState={"sessionAttributes": {"mode": mode}}))
    try:
        frank.get()
        fail("a session whose only turns failed should not exist")
    except lex.exceptions.ResourceNotFoundException:
        ok("failed turns leave no session behind")
    fine = frank.say("I want to book a meeting")
    check(action(fine)["type"] == "ElicitSlot", "a good turn after the failures works", str(action(fine)))


def case_signature(lex, bot, args):
    endpoint = lex.meta.endpoint_url
    good = client(endpoint, args["key"], args["secret"])
    check(action(Session(good, bot, "gina-signed").say("I want to book a meeting"))["type"] == "ElicitSlot",
          "a correctly signed RecognizeText is answered")
    signed = good.recognize_utterance(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="gina-signed",
        requestContentType="text/plain; charset=utf-8", inputStream=b"my name is Gina")
    check(unpack(signed["messages"])[0]["content"] == "Which day would you like to meet?",
          "a correctly signed RecognizeUtterance is answered")
    for key, secret, code in [(args["key"], "wrong-secret", "InvalidSignatureException"),
                              ("AKIDUNKNOWN", args["secret"], "UnrecognizedClientException")]:
        try:
            Session(client(endpoint, key, secret), bot, "gina-signed").say("hello")
            fail(f"expected {code}")
        except botocore.exceptions.ClientError as error:
            status = error.response["ResponseMetadata"]["HTTPStatusCode"]
            check(error.response["Error"]["Code"] == code and status == 403, f"{code} (403)",
                  str(error.response["Error"]))


def case_load(lex, bot, args):
    count, racers = args["sessions"], args["racers"]
    lex = client(lex.meta.endpoint_url, pool=min(count, 100))
    bookings = []
    for index in range(count):
        day, slot = divmod(index, 20)
        name = "User" + "".join(chr(97 + (index // 26 ** k) % 26) for k in range(3))
        date = f"2026-12-{day + 1:02d}"
        time = f"{8 + slot // 2:02d}:{30 * (slot % 2):02d}"
        end_minutes = (8 + slot // 2) * 60 + 30 * (slot % 2) + 30
        bookings.append((f"load-{index}", name, date, time, f"{end_minutes // 60:02d}:{end_minutes % 60:02d}",
                         f"user{index}@example.com"))

    def run(booking):
        session_id, name, date, time, end, email = booking
        session = Session(lex, bot, session_id)
        confirm = book(session, name, date, time, email)
        if action(confirm).get("type") != "ConfirmIntent":
            return f"{session_id}: expected ConfirmIntent, got {action(confirm)}: {reply(confirm)}"
        done = session.say("yes")
        if done["sessionState"]["intent"]["state"] != "Fulfilled":
            return f"{session_id}: not fulfilled: {reply(done)}"
        if not re.search(f"{name}.*{date}.*{time}.*{end}", reply(done)):
            return f"{session_id}: reply names another booking: {reply(done)}"
        slots = session.get()["sessionState"]["intent"]["slots"]
        values = {key: (slots.get(key) or {}).get("value", {}).get("interpretedValue") for key in slots}
        if values != {"FullName": name, "MeetingDate": date, "MeetingTime": time, "MeetingDuration": "30",
                      "AttendeeEmail": email}:
            return f"{session_id}: GetSession shows another session's slots: {values}"
        return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=count) as pool:
        problems = [p for p in pool.map(run, bookings) if p]
    check(not problems, f"{count} concurrent sessions each booked their own slot", "; ".join(problems[:5]))

    barrier = threading.Barrier(racers, timeout=60)

    def race(index):
        session = Session(lex, bot, f"race-{index}")
        confirm = book(session, "Racer", "2026-12-20", "10:00", f"racer{index}@example.com")
        if action(confirm).get("type") != "ConfirmIntent":
            return ("error", f"race-{index}: {reply(confirm)}")
        barrier.wait()
        done = session.say("yes")
        if done["sessionState"]["intent"]["state"] == "Fulfilled":
            return ("booked", reply(done))
        if action(done) == {"type": "ElicitSlot", "slotToElicit": "MeetingTime"} and "10:00-10:30" in reply(done):
            return ("refused", reply(done))
        return ("error", f"race-{index}: {action(done)} {reply(done)}")

    with concurrent.futures.ThreadPoolExecutor(max_workers=racers) as pool:
        outcomes = list(pool.map(race, range(racers)))
    errors = [detail for kind, detail in outcomes if kind == "error"]
    check(not errors, "every racer got an answer it could act on", "; ".join(errors[:5]))
    booked = sum(1 for kind, _ in outcomes if kind == "booked")
    check(booked == 1, f"exactly one of {racers} racers booked the slot", f"({booked} did)")


# Headers a page cannot set, so a browser never names them in a preflight.
FORBIDDEN_HEADERS = {"host", "content-length", "connection", "accept-encoding", "user-agent", "expect"}


def preflight(endpoint, path, origin, method, headers):
    """The OPTIONS request a browser sends before a cross-origin call; returns (status, headers)."""
    host = endpoint.split("://", 1)[1]
    connection = http.client.HTTPConnection(host, timeout=10)
    request = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        request["Access-Control-Request-Headers"] = ",".join(headers)
    connection.request("OPTIONS", path, headers=request)
    answer = connection.getresponse()
    answer.read()
    connection.close()
    return answer.status, {name.lower(): value for name, value in answer.getheaders()}


def lists(value, names):
    listed = {name.strip().lower() for name in (value or "").split(",")}
    return [name for name in names if name.lower() not in listed]


def case_cors(lex, bot, args):
    origin, listed = args["origin"], args["listed"]
    sent = {}

    def capture(request, **_):
        # What the SDK sends, as a browser would send it from the page: with the page's Origin.
        sent["headers"] = [name.lower() for name in request.headers.keys()]
        sent["path"] = request.url.split(lex.meta.endpoint_url, 1)[1]
        request.headers["Origin"] = origin
    lex.meta.events.register("before-send.lex-runtime-v2", capture)
    henry = Session(lex, bot, "henry-browser")
    first = henry.say("I want to book a meeting")
    wanted = [name for name in sent["headers"] if name not in FORBIDDEN_HEADERS]
    check("authorization" in wanted and "x-amz-date" in wanted, "the SDK signs its requests", str(wanted))
    status, answer = preflight(lex.meta.endpoint_url, sent["path"], origin, "POST", wanted)
    check(status == 200, "the preflight of RecognizeText is answered 200", str(status))
    expected_origin = origin if listed else "*"
    check(answer.get("access-control-allow-origin") == expected_origin,
          f"the preflight allows the page's origin ({expected_origin})", str(answer))
    check("POST" in answer.get("access-control-allow-methods", ""), "the preflight allows POST")
    check(not lists(answer.get("access-control-allow-headers"), wanted),
          "the preflight allows every header the SDK sends", str(lists(answer.get("access-control-allow-headers"), wanted)))
    for method in ["GET", "DELETE"]:
        status, answer = preflight(lex.meta.endpoint_url, sent["path"], origin, method, ["authorization"])
        check(status == 200 and method in answer.get("access-control-allow-methods", ""),
              f"the preflight of a session's {method} is answered", str(answer))
    headers = first["ResponseMetadata"]["HTTPHeaders"]
    check(headers.get("access-control-allow-origin") == expected_origin,
          "RecognizeText's answer may be read by the page", str(headers))
    check(not lists(headers.get("access-control-expose-headers"), ["x-amzn-RequestId"]),
          "the page may read the request id")
    if listed:
        check("origin" in headers.get("vary", "").lower(), "an answer for a listed origin varies by Origin")
    check(first["messages"][0]["content"] == "What is your name?", "the turn itself is answered as usual")

    spoken = lex.recognize_utterance(
        botId=bot, botAliasId=ALIAS, localeId=LOCALE, sessionId="henry-browser",
        requestContentType="text/plain; charset=utf-8", inputStream=b"my name is Henry")
    headers = spoken["ResponseMetadata"]["HTTPHeaders"]
    carried = [name for name in headers if name.startswith("x-amz-lex-")]
    check(len(carried) >= 4 and not lists(headers.get("access-control-expose-headers"), carried),
          "the page may read every x-amz-lex-* header of RecognizeUtterance", str(carried))
    try:
        Session(lex, bot, "never-started").get()
        fail("GetSession of a session never started should raise ResourceNotFoundException")
    except lex.exceptions.ResourceNotFoundException as error:
        headers = error.response["ResponseMetadata"]["HTTPHeaders"]
        check(headers.get("access-control-allow-origin") == expected_origin
              and not lists(headers.get("access-control-expose-headers"), ["x-amzn-ErrorType"]),
              "an error answer may be read too, with its error type", str(headers))
    lex.meta.events.unregister("before-send.lex-runtime-v2", capture)
    if listed:
        status, answer = preflight(lex.meta.endpoint_url, sent["path"], "http://elsewhere.example", "POST", wanted)
        check(status == 403 and "access-control-allow-origin" not in answer,
              "a preflight from an origin not listed is refused (403) without CORS headers", f"{status} {answer}")


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    case, endpoint, bot = sys.argv[1:4]
    options = dict(arg.split("=", 1) for arg in sys.argv[4:])
    args = {"sessions": int(options.get("sessions", 200)), "racers": int(options.get("racers", 50)),
            "key": options.get("key", "testing"), "secret": options.get("secret", "testing"),
            "origin": options.get("origin", "http://localhost:8080"), "listed": options.get("listed") == "1"}
    cases = {"booking": case_booking, "sessions": case_sessions, "utterance": case_utterance,
             "errors": case_errors, "dependency": case_dependency, "signature": case_signature,
             "load": case_load, "cors": case_cors}
    if case not in cases:
        fail(f"unknown case {case}")
    cases[case](client(endpoint, args["key"], args["secret"]), bot, args)
    print(f"done: {case}", flush=True)


if __name__ == "__main__":
    main()
