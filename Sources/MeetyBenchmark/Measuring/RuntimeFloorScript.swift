/// The Python program that measures awslambdaric's own floor: `python3 floor.py HANDLER_DIR CALLS
/// EVENT.json`.
///
/// It serves the Runtime API with the least work there is: one loopback socket, blocking reads,
/// responses written as bytes prepared once. It starts `python3 -m awslambdaric
/// bench_hook.lambda_handler` against it, waits for the first `/next`, then times CALLS warm calls,
/// each one from writing the event to reading the posted response (`idle`: the runtime was parked
/// in `/next`, as between two turns) and from writing the event to the runtime's next `/next`
/// (`cycle`: one whole round of the runtime), minus the handler's own `selfNanoseconds`. It prints
/// one JSON line with both lists in microseconds. The runtime is killed when it ends, on every path.
/// (Its modules come in through `from` lines, which the layering check of Swift imports does not
/// read.)
enum RuntimeFloorScript {
    static let source = #"""
        from json import dumps, loads
        from os import environ
        from socket import IPPROTO_TCP, TCP_NODELAY, socket
        from subprocess import Popen
        from sys import argv, executable
        from time import perf_counter_ns, time

        folder, calls, event_path = argv[1], int(argv[2]), argv[3]
        with open(event_path, "rb") as handle:
            event = handle.read()
        server = socket()
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        server.settimeout(30)
        port = server.getsockname()[1]
        child_environment = dict(environ, AWS_LAMBDA_RUNTIME_API="127.0.0.1:%d" % port,
                                 _HANDLER="bench_hook.lambda_handler", LAMBDA_TASK_ROOT=folder)
        runtime = Popen([executable, "-m", "awslambdaric", "bench_hook.lambda_handler"],
                        env=child_environment, cwd=folder)
        pending = b""
        connection = None


        def accept():
            global connection
            connection, _ = server.accept()
            connection.settimeout(30)
            connection.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)


        def read_request():
            global pending
            while b"\r\n\r\n" not in pending:
                chunk = connection.recv(65536)
                if not chunk:
                    accept()
                    continue
                pending += chunk
            head, rest = pending.split(b"\r\n\r\n", 1)
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, value = line.split(b":", 1)
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(rest) < length:
                rest += connection.recv(65536)
            pending = rest[length:]
            return head.split(b"\r\n")[0], rest[:length]


        accepted = b'HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{"status":"OK"}'
        idle, cycle = [], []
        try:
            accept()
            read_request()
            for index in range(calls + 20):
                headers = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Lambda-Runtime-Aws-Request-Id: floor-%d\r\nLambda-Runtime-Deadline-Ms: %d\r\n"
                           "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:floor\r\n"
                           "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Sampled=0\r\n"
                           "Content-Length: %d\r\n\r\n" % (index, int(time() * 1000) + 30000, len(event))).encode()
                started = perf_counter_ns()
                connection.sendall(headers + event)
                request_line, body = read_request()
                answered = perf_counter_ns()
                connection.sendall(accepted)
                if not request_line.endswith(b"/response HTTP/1.1"):
                    raise SystemExit("the runtime did not post a response: %r" % request_line)
                read_request()
                polled = perf_counter_ns()
                own = loads(body).get("selfNanoseconds", 0)
                if index >= 20:
                    idle.append((answered - started - own) / 1000)
                    cycle.append((polled - started - own) / 1000)
            print(dumps({"idleUs": idle, "cycleUs": cycle}))
        finally:
            runtime.kill()
            runtime.wait()
        """#
}
