#!/usr/bin/env bash
# Runs the examples whose code hooks are real Lambda handlers in Python and Node.js through the
# built CLI, the way a user runs them (docs/code-hooks.md, "Hooks in Python, Node.js and custom
# runtimes"):
#
#   examples/node-orders        a bot of our own with a Node.js hook, on the in-memory store
#   examples/python-demobot     a console export (--lex) with a Python hook of our own
#   examples/python-meetybot    MeetyBot's whole suite (conversations/) with the Python port of its
#                               LexLambda on DynamoDB (moto, via scripts/with-moto.sh)
#
# Needs: `swift build --build-tests` and `MEETY_AWS=1 swift build --product meety-bot` (for
# --store dynamodb), python3 with awslambdaric, boto3 and moto[server], node, and faketime.
# Prints one line per example (its pass count and wall time) and exits non-zero if any failed.
# MEETY_BOT overrides the binary; MEETY_EXAMPLE_JOBS sets --jobs for the DynamoDB run (default 2).
set -uo pipefail
cd "$(dirname "$0")/.."

bot="${MEETY_BOT:-$(swift build --show-bin-path)/meety-bot}"
if [ ! -x "$bot" ]; then
    echo "ci-foreign-hooks.sh: $bot not found: run swift build first" >&2
    exit 1
fi
failed=0
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# run NAME CMD...: runs CMD, prints "NAME  <summary>  <seconds> s", and the whole output on failure.
run() {
    local name="$1"
    shift
    local start end status summary
    start=$(date +%s.%N)
    "$@" >"$logs/$name" 2>&1
    status=$?
    end=$(date +%s.%N)
    summary="$(grep -E '[0-9]+ passed, [0-9]+ failed' "$logs/$name" | tail -n 1)"
    printf '%-18s %-40s %6.1f s\n' "$name" "${summary:-no summary (exit $status)}" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
    if [ "$status" -ne 0 ]; then
        failed=$((failed + 1))
        sed 's/^/    /' "$logs/$name" | tail -n 80
    fi
}

run node-orders "$bot" test examples/node-orders/conversations --bot examples/node-orders/coffeebot.yaml

run python-demobot "$bot" test --lex Tests/LexModelTests/Fixtures/real-bots/lomibaod-demobot/export \
    --code-hook python:examples/python-demobot/hook/lambda_function.py examples/python-demobot/conversations

# Warm workers, reused across scripts: the port counts its sequential test ids in each script's
# table, which meety-bot empties before the script, so every script's ids start at 1.
# shellcheck disable=SC2016
run python-meetybot scripts/with-moto.sh sh -c '"$0" test conversations/ --bot bots/meetybot.yaml \
    --code-hook python:examples/python-meetybot/lambda_function.py --store dynamodb \
    --endpoint "$MEETY_DYNAMODB_ENDPOINT" --hook-env MEETY_MEETING_IDS=sequential --jobs "$1"' \
    "$bot" "${MEETY_EXAMPLE_JOBS:-2}"

if [ "$failed" -ne 0 ]; then
    echo "ci-foreign-hooks.sh: $failed example(s) failed" >&2
    exit 1
fi
echo "ci-foreign-hooks.sh: every example passed"
