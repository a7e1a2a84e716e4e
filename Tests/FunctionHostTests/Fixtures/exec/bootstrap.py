#!/usr/bin/env python3
# A tiny custom runtime speaking the Lambda Runtime API with the standard library only, for the
# FunctionHost exec: tests. The event's "action" picks the behaviour.
import http.client
import json
import os
import subprocess
import sys

host, port = os.environ["AWS_LAMBDA_RUNTIME_API"].rsplit(":", 1)
connection = http.client.HTTPConnection(host, int(port))


def call(method, path, body=None, headers=None):
    connection.request(method, "/2018-06-01" + path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


print("bootstrap.py started", flush=True)
while True:
    status, headers, body = call("GET", "/runtime/invocation/next")
    if status != 200:
        sys.exit(1)
    request_id = headers["Lambda-Runtime-Aws-Request-Id"]
    event = json.loads(body)
    action = event.get("action", "echo")
    print("bootstrap.py handling", action, flush=True)
    if action == "notjson":
        answer = b"<html>not json</html>"
    elif action == "exit":
        print("bootstrap.py exiting with 3", file=sys.stderr, flush=True)
        sys.exit(3)
    elif action == "fail":
        error = json.dumps({"errorType": "ValueError", "errorMessage": "no such room"}).encode()
        call("POST", "/runtime/invocation/%s/error" % request_id, body=error)
        continue
    elif action == "sleep":
        import time
        time.sleep(event.get("seconds", 5))
        answer = b"{}"
    elif action == "spawn":
        child = subprocess.Popen(["sleep", "300"])
        answer = json.dumps({"child": child.pid, "self": os.getpid()}).encode()
    else:
        answer = json.dumps({
            "headers": {k: v for k, v in headers.items() if k.startswith("Lambda-Runtime")},
            "env": {key: os.environ.get(key) for key in event.get("env", [])},
            "cwd": os.getcwd(),
            "pid": os.getpid(),
        }).encode()
    call("POST", "/runtime/invocation/%s/response" % request_id, body=answer)
