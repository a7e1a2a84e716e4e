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
Requests are not logged one by one.

Usage: moto_server.py [--port PORT] [--port-file FILE]   (PORT 0 picks a free port)
"""
import argparse
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
