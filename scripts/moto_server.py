#!/usr/bin/env python3
"""Serve moto's AWS API (DynamoDB for meety-bot's tests) on 127.0.0.1, one request at a time.

`moto_server` runs werkzeug with a thread per request and no lock around moto's in-memory
backend. Its TransactWriteItems is therefore not atomic under concurrent requests: it checks
conditions and writes without a lock, and a cancelled transaction "rolls back" by restoring a
deep copy of the whole table taken when it started, which silently discards items that other
requests committed meanwhile. The store's concurrency test (100+ simultaneous bookings) would
then measure moto's races, not the store. Real DynamoDB applies every request atomically, so this
wrapper keeps moto's own WSGI application and HTTP/1.1 keep-alive, and only serialises the
requests it handles.

Two things moto's own server does per request are done once here, since they cannot change while it
runs (measured in docs/benchmark.md, "Foreign code hooks"): mapping a request to its backend
(moto's dispatcher lists moto's package directory for that on every request), and creating the
DynamoDB backend's application (moto creates it on the first request, which then takes ~0.2 s).
Requests are not logged one by one. Two more per-request costs are cut (`speed_up_moto`): the list of
a handler class's methods, which moto rebuilds with `inspect.getmembers` on every request, is kept
per class; and the answers of the read actions (GetItem, BatchGetItem, Query, Scan), which moto's
DynamoDB handler already builds in DynamoDB's wire format, are written with `json.dumps` instead of
being walked through the botocore model (a third of moto's time per Query). A read answer holding a
binary attribute (bytes, which json refuses), or any other action, takes moto's own path.
`MEETY_MOTO=plain scripts/with-moto.sh ...` runs the stock moto_server instead.

Usage: moto_server.py [--port PORT] [--port-file FILE]   (PORT 0 picks a free port)
"""
import argparse
import json
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import WSGIRequestHandler, make_server


class CachingDispatcher(DomainDispatcherApplication):
    """moto's dispatcher, remembering which backend serves a host: moto answers that by listing its
    package directory (backends.list_of_moto_modules) on every request, about a fifth of its time here."""

    def __init__(self, create_app):
        super().__init__(create_app)
        self.backends_by_host = {}

    def get_backend_for_host(self, host):
        if host not in self.backends_by_host:
            self.backends_by_host[host] = super().get_backend_for_host(host)
        return self.backends_by_host[host]


class QuietRequestHandler(WSGIRequestHandler):
    """Leaves out werkzeug's line per request (errors are still logged)."""

    def log_request(self, code="-", size="-"):
        pass


# The read actions whose answers are plain DynamoDB JSON (binary values, bytes there, need the model).
PLAIN_JSON_ACTIONS = {"GetItem", "BatchGetItem", "Query", "Scan"}


def speed_up_moto():
    """Applies the two per-request savings described above; each is skipped when this moto version
    does not have what it replaces."""
    from moto.core import responses, utils

    original_method_names = getattr(utils, "method_names_from_class", None)
    if original_method_names is not None and hasattr(responses, "method_names_from_class"):
        names_by_class = {}

        def method_names_from_class(clazz):
            names = names_by_class.get(clazz)
            if names is None:
                names = names_by_class[clazz] = original_method_names(clazz)
            return names

        responses.method_names_from_class = method_names_from_class

    try:
        from moto.dynamodb.responses import DynamoHandler
    except ImportError:
        return
    action_result = getattr(responses, "ActionResult", None)
    model_serialized = getattr(responses.BaseResponse, "serialized", None)
    if action_result is None or model_serialized is None:
        return

    def serialized(self, result):
        plain = (
            isinstance(result, action_result)
            and type(result).execute_result is action_result.execute_result
            and isinstance(result.result, dict)
            and self._get_action() in PLAIN_JSON_ACTIONS
        )
        if plain:
            try:
                # Binary values are bytes and timestamps datetimes here: json refuses both.
                body = json.dumps(result.result)
            except (TypeError, ValueError):
                return model_serialized(self, result)
            headers = {"Content-Type": "application/x-amz-json-1.0"}
            headers.update(self.response_headers)
            return 200, headers, body
        return model_serialized(self, result)

    DynamoHandler.serialized = serialized


def serialized(app):
    lock = threading.Lock()

    def application(environ, start_response):
        with lock:
            # Consume the whole body inside the lock: the backend work happens while iterating.
            return list(app(environ, start_response))

    return application


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="write the bound port here once listening")
    args = parser.parse_args()
    speed_up_moto()
    dispatcher = CachingDispatcher(create_backend_app)
    with dispatcher.lock:
        dispatcher.app_instances["dynamodb"] = create_backend_app("dynamodb")
    server = make_server("127.0.0.1", args.port, serialized(dispatcher), threaded=True,
                         request_handler=QuietRequestHandler)
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as handle:
            handle.write(str(server.server_port))
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    print(f"moto (serialised) listening on http://127.0.0.1:{server.server_port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
