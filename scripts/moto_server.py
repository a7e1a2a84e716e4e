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

Usage: moto_server.py [--port PORT] [--port-file FILE]   (PORT 0 picks a free port)
"""
import argparse
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server


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
    server = make_server("127.0.0.1", args.port, serialized(DomainDispatcherApplication(create_backend_app)),
                         threaded=True)
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
