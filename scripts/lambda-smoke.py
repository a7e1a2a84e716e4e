#!/usr/bin/env python3
"""End-to-end smoke test of the `bootstrap` binary: a stand-in Lambda Runtime API on 127.0.0.1
feeds it two Lex V2 fulfillment events for the same slot, and the Meetings table of a DynamoDB
API (moto, from scripts/with-moto.sh) must hold exactly one booking afterwards.

Usage: scripts/with-moto.sh python3 scripts/lambda-smoke.py PATH/TO/meety-lex-lambda
"""
import datetime
import http.server
import json
import os
import subprocess
import sys
import threading

import boto3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENT = os.path.join(ROOT, "Tests/CodeHooksTests/Fixtures/Events/fulfillment-confirmed.json")


def make_event(name, day):
    event = json.load(open(EVENT))
    slots = event["sessionState"]["intent"]["slots"]
    slots["MeetingDate"]["value"].update(interpretedValue=day, resolvedValues=[day])
    slots["FullName"]["value"].update(originalValue=name, interpretedValue=name, resolvedValues=[name])
    event["sessionId"] = f"smoke-{name.lower()}"
    return json.dumps(event).encode()


def main():
    binary = sys.argv[1]
    endpoint = os.environ["MEETY_DYNAMODB_ENDPOINT"]
    table = "smoke-meetings"
    dynamodb = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1")
    dynamodb.create_table(
        TableName=table, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"} for n in ("meetingId", "status", "date")],
        KeySchema=[{"AttributeName": "meetingId", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{
            "IndexName": "StatusIndex", "Projection": {"ProjectionType": "ALL"},
            "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "date", "KeyType": "RANGE"}],
        }])
    day = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=7)).isoformat()
    events = [("req-alice", make_event("Alice", day)), ("req-bob", make_event("Bob", day))]
    posts = []

    class RuntimeAPI(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path != "/2018-06-01/runtime/invocation/next" or not events:
                self.send_response(500)
                self.end_headers()
                return
            request_id, body = events.pop(0)
            self.send_response(200)
            self.send_header("Lambda-Runtime-Aws-Request-Id", request_id)
            self.send_header("Lambda-Runtime-Deadline-Ms", "9999999999999")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            posts.append((self.path, json.loads(body)))
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeAPI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    environment = dict(os.environ, AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{server.server_port}",
                       MEETINGS_TABLE=table, AWS_ENDPOINT_URL_DYNAMODB=endpoint, MEETY_TIME_ZONE="UTC")
    run = subprocess.run([binary], env=environment, capture_output=True, text=True, timeout=60)
    server.shutdown()
    log = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    items = dynamodb.scan(TableName=table)["Items"]
    meetings = [item for item in items if "status" in item]
    checks = {
        "the runtime stops with status 1 when the Runtime API fails": run.returncode == 1,
        "both responses were posted": [path for path, _ in posts] == [
            "/2018-06-01/runtime/invocation/req-alice/response", "/2018-06-01/runtime/invocation/req-bob/response"],
        "Alice's booking is fulfilled": posts and posts[0][1]["sessionState"]["intent"]["state"] == "Fulfilled",
        "Bob gets the conflict reply": len(posts) > 1 and posts[1][1]["sessionState"]["dialogAction"]["type"] == "ElicitSlot",
        "exactly one meeting is stored, Alice's": [m["attendeeName"]["S"] for m in meetings] == ["Alice"],
        "one log line per invocation, then the runtime's": [entry["outcome"] for entry in log] == [
            "success", "success", "runtime_api_error"],
    }
    for name, passed in checks.items():
        print(("ok   " if passed else "FAIL ") + name)
    if not all(checks.values()):
        print("stdout:", run.stdout, "\nstderr:", run.stderr, "\nposts:", posts, file=sys.stderr)
        return 1
    print("log line:", run.stdout.splitlines()[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
