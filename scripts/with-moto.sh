#!/usr/bin/env bash
# Runs CMD with a moto DynamoDB API on 127.0.0.1 (a free port), then stops the server.
#
#   scripts/with-moto.sh swift test --filter DynamoDBStoreTests
#   scripts/with-moto.sh sh -c 'swift run meety-bot test conversations/ --store dynamodb --endpoint "$MEETY_DYNAMODB_ENDPOINT"'
#
# Exports for CMD: MEETY_DYNAMODB_ENDPOINT=http://127.0.0.1:PORT, AWS_ACCESS_KEY_ID=testing,
# AWS_SECRET_ACCESS_KEY=testing, AWS_SESSION_TOKEN=testing, AWS_REGION=us-east-1 (and
# AWS_DEFAULT_REGION). Exits with CMD's status. MEETY_MOTO=plain uses the stock `moto_server`
# instead of scripts/moto_server.py (which serialises requests; see the reason there).
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: scripts/with-moto.sh CMD [ARG...]" >&2
    exit 64
fi
here="$(cd "$(dirname "$0")" && pwd)"
if ! python3 -c "import moto.server, flask" 2>/dev/null; then
    echo "with-moto.sh: moto's server is not installed (python3 -m pip install 'moto[server]')" >&2
    exit 1
fi

workdir="$(mktemp -d)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "${MEETY_MOTO:-serialised}" = plain ]; then
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    moto_server -H 127.0.0.1 -p "$port" >"$workdir/moto.log" 2>&1 &
    pid=$!
    echo "$port" >"$workdir/port"
else
    python3 "$here/moto_server.py" --port 0 --port-file "$workdir/port" >"$workdir/moto.log" 2>&1 &
    pid=$!
fi

# Wait (at most 30 s) until the server answers.
for _ in $(seq 1 300); do
    if [ -s "$workdir/port" ] && python3 - "$(cat "$workdir/port")" <<'PY' 2>/dev/null; then break; fi
import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=0.2).close()
PY
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "with-moto.sh: moto exited before it listened:" >&2
        cat "$workdir/moto.log" >&2
        exit 1
    fi
    sleep 0.1
done
port="$(cat "$workdir/port" 2>/dev/null || true)"
if [ -z "$port" ]; then
    echo "with-moto.sh: moto did not start within 30 s" >&2
    exit 1
fi

export MEETY_DYNAMODB_ENDPOINT="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_SESSION_TOKEN=testing
export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
echo "with-moto.sh: moto on $MEETY_DYNAMODB_ENDPOINT" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
