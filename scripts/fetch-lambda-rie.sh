#!/usr/bin/env bash
# Prints the path of the AWS Lambda Runtime Interface Emulator, fetching it first if needed.
#
# The emulator comes from the aws-sam-cli wheel on PyPI (the pinned version below; only the wheel is
# downloaded, without its dependencies), is checked by the SHA-256 of the binary, and is cached in
# .build/lambda-rie/. Used by .ci/run (MEETY_LAMBDA_RIE for the tests) and scripts/ci-lambda-al2023.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

sam_cli_version=1.170.0
rie_member=samcli/local/rapid/aws-lambda-rie-x86_64
rie_sha256=6b1e686e62ab2baf5759c412c4864276ef2a88b094fca53ec070637ccba9b9a5
rie=.build/lambda-rie/aws-lambda-rie-x86_64

if [ ! -x "$rie" ] || [ "$(sha256sum "$rie" | cut -d' ' -f1)" != "$rie_sha256" ]; then
    wheels="$(mktemp -d)"
    trap 'rm -rf "$wheels"' EXIT
    python3 -m pip download --quiet --disable-pip-version-check --no-deps -d "$wheels" \
        "aws-sam-cli==$sam_cli_version" >&2
    mkdir -p "$(dirname "$rie")"
    python3 - "$wheels"/aws_sam_cli-*.whl "$rie_member" "$rie.download" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, open(sys.argv[3], "wb") as target:
    target.write(wheel.read(sys.argv[2]))
PY
    if [ "$(sha256sum "$rie.download" | cut -d' ' -f1)" != "$rie_sha256" ]; then
        echo "fetch-lambda-rie.sh: $rie_member of aws-sam-cli $sam_cli_version does not have SHA-256 $rie_sha256" >&2
        rm -f "$rie.download"
        exit 1
    fi
    chmod 0755 "$rie.download"
    mv "$rie.download" "$rie"
fi
echo "$PWD/$rie"
