#!/usr/bin/env bash
# CI for the deployable LexLambda (provided.al2023), called by .ci/run; needs root.
#
# 1. Builds build/lambda/meety-lex-lambda.zip (scripts/build-lambda-zip.sh: release build, bundled
#    loader and libraries, patchelf, and the symbol-version check of scripts/check-lambda-zip.py);
#    with MEETY_LAMBDA_ZIP_READY=1 it takes the zip that script built earlier in the run.
# 2. Runs its bootstrap under the real AWS Lambda Runtime Interface Emulator in a bare root, over
#    moto (scripts/lambda-emulator-test.py): a whole booking, conflicts, a race, time zones.
# 3. Breaks the zip three ways (a library left out, the interpreter left at /lib64, DT_RUNPATH) and
#    shows that the check refuses each and that none of them starts under the emulator.
#
# The emulator comes from scripts/fetch-lambda-rie.sh (the aws-sam-cli wheel on PyPI, pinned and
# checked by the SHA-256 of the binary; cached in .build/lambda-rie/).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "tools: patchelf, a C compiler (for the decoy system libraries), the Runtime Interface Emulator"
missing=""
command -v patchelf >/dev/null || missing="$missing patchelf"
command -v cc >/dev/null || missing="$missing gcc"
if [ -n "$missing" ]; then
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
patchelf --version
if ! python3 -c "import moto.server, flask" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check "moto[server]>=5.0,<6"
fi
rie="$(scripts/fetch-lambda-rie.sh)"
echo "emulator: $rie"

zip=build/lambda/meety-lex-lambda.zip
if [ "${MEETY_LAMBDA_ZIP_READY:-}" = 1 ] && [ -f "$zip" ]; then
    step "the zip scripts/build-lambda-zip.sh built earlier in this run: $zip"
else
    step "build the zip (scripts/build-lambda-zip.sh)"
    started=$SECONDS
    scripts/build-lambda-zip.sh
    echo "ci-lambda-al2023.sh: build-lambda-zip.sh took $((SECONDS - started)) s"
fi

step "the zip under the Lambda Runtime Interface Emulator, in a bare root, over moto"
scripts/with-moto.sh python3 scripts/lambda-emulator-test.py --zip "$zip" --rie "$rie"

step "broken zips: the check refuses them and they do not start under the emulator"
broken="$(mktemp -d)"
trap 'rm -rf "$broken"' EXIT
python3 scripts/break-lambda-zip.py "$zip" "$broken/no-libstdc++.zip" --leave-out lib/libstdc++.so.6
python3 scripts/check-lambda-zip.py "$broken/no-libstdc++.zip" --expect-problem "needs GLIBCXX_3.4.30 from libstdc++.so.6"
python3 scripts/lambda-emulator-test.py --zip "$broken/no-libstdc++.zip" --rie "$rie" \
    --expect-start-failure "/lib64/libstdc++.so.6: version \`GLIBCXX_3.4.30' not found"

python3 scripts/break-lambda-zip.py "$zip" "$broken/system-interpreter.zip" --system-interpreter
python3 scripts/check-lambda-zip.py "$broken/system-interpreter.zip" --expect-problem "GLIBC_PRIVATE"
python3 scripts/lambda-emulator-test.py --zip "$broken/system-interpreter.zip" --rie "$rie" \
    --expect-start-failure "decoy /lib64/ld-linux-x86-64.so.2 ran"

python3 scripts/break-lambda-zip.py "$zip" "$broken/runpath.zip" --runpath
python3 scripts/check-lambda-zip.py "$broken/runpath.zip" --expect-problem "DT_RUNPATH"
python3 scripts/lambda-emulator-test.py --zip "$broken/runpath.zip" --rie "$rie" \
    --expect-start-failure "/lib64/libm.so.6: version \`GLIBC_2.35' not found"
