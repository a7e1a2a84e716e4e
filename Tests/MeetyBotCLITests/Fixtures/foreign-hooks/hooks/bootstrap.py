#!/usr/bin/env python3
# A custom runtime (exec:hooks/bootstrap.py MODULE.FUNCTION) speaking the Lambda Runtime API with the
# standard library only: it imports the handler from its own folder and serves invocations until its
# /next fails. A handler that returns bytes has them posted as they are (how the fault tests send a
# body that is not JSON); an exception is posted to /error, an import failure to /init/error.
import http.client
import importlib
import json
import os
import sys
import traceback

host, port = os.environ["AWS_LAMBDA_RUNTIME_API"].rsplit(":", 1)
connection = http.client.HTTPConnection(host, int(port))


def call(method, path, body=None):
    connection.request(method, "/2018-06-01/runtime" + path, body=body)
    response = connection.getresponse()
    return response.status, response.getheader("Lambda-Runtime-Aws-Request-Id"), response.read()


def error_body(error):
    return json.dumps({
        "errorType": type(error).__name__,
        "errorMessage": str(error),
        "stackTrace": traceback.format_tb(error.__traceback__),
    }).encode()


module_name, function_name = sys.argv[1].rsplit(".", 1)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    handler = getattr(importlib.import_module(module_name), function_name)
except Exception as error:
    call("POST", "/init/error", error_body(error))
    sys.exit(1)
sys.stdout.flush()

while True:
    status, request_id, body = call("GET", "/invocation/next")
    if status != 200:
        sys.exit(1)
    try:
        result = handler(json.loads(body), None)
        answer = result if isinstance(result, bytes) else json.dumps(result).encode()
        path = "/invocation/%s/response" % request_id
    except Exception as error:
        answer = error_body(error)
        path = "/invocation/%s/error" % request_id
    sys.stdout.flush()
    sys.stderr.flush()
    call("POST", path, answer)
