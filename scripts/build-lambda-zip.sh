#!/usr/bin/env bash
# Builds the deployable LexLambda: a release build of meety-lex-lambda with the Swift runtime
# linked statically, renamed `bootstrap` (what the provided.al2023 runtime starts), zipped to
# build/lambda/meety-lex-lambda.zip.
#
# The binary still links glibc dynamically. Amazon Linux 2023 has glibc 2.34, so the script
# refuses a binary that needs newer glibc symbols: build on an Amazon Linux 2023 (or older glibc)
# machine or container, or set MEETY_SWIFT_SDK=x86_64-swift-linux-musl (the Static Linux SDK) for a
# fully static binary. MEETY_ALLOW_NEWER_GLIBC=1 skips the check (for trying the build elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/lambda
mkdir -p "$out"
if [ -n "${MEETY_SWIFT_SDK:-}" ]; then
    swift build -c release --product meety-lex-lambda --swift-sdk "$MEETY_SWIFT_SDK"
    bin="$(swift build -c release --swift-sdk "$MEETY_SWIFT_SDK" --show-bin-path)/meety-lex-lambda"
else
    swift build -c release --product meety-lex-lambda --static-swift-stdlib
    bin="$(swift build -c release --show-bin-path)/meety-lex-lambda"
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$bin" "$stage/bootstrap"
strip "$stage/bootstrap" 2>/dev/null || true

if [ -z "${MEETY_SWIFT_SDK:-}" ]; then
    swift_libs="$(ldd "$stage/bootstrap" | grep -E 'libswift|libFoundation|lib_Foundation|libicu' || true)"
    if [ -n "$swift_libs" ]; then
        echo "build-lambda-zip.sh: bootstrap still links Swift libraries dynamically:" >&2
        echo "$swift_libs" >&2
        exit 1
    fi
    echo "bootstrap links these libraries dynamically (the rest is static):"
    ldd "$stage/bootstrap" | awk '{print "  " $1}'
    needed="$(objdump -T "$stage/bootstrap" | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -n 1)"
    newer="$(objdump -T "$stage/bootstrap" | awk '/GLIBC_2\.(3[5-9]|[4-9][0-9])/ {print $NF}' | sort -u | tr '\n' ' ')"
    echo "bootstrap needs glibc ${needed#GLIBC_} (Amazon Linux 2023 has 2.34)${newer:+; newer symbols: $newer}"
    if [ "$(printf '%s\n%s\n' "${needed#GLIBC_}" 2.34 | sort -V | tail -n 1)" != 2.34 ] \
        && [ "${MEETY_ALLOW_NEWER_GLIBC:-0}" != 1 ]; then
        echo "build-lambda-zip.sh: $needed is newer than Amazon Linux 2023's glibc 2.34; build on" \
            "Amazon Linux 2023 or with MEETY_SWIFT_SDK=x86_64-swift-linux-musl (MEETY_ALLOW_NEWER_GLIBC=1 overrides)" >&2
        exit 1
    fi
fi

rm -f "$out/meety-lex-lambda.zip"
python3 - "$stage/bootstrap" "$out/meety-lex-lambda.zip" <<'PY'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
info = zipfile.ZipInfo("bootstrap", date_time=(2020, 1, 1, 0, 0, 0))
info.external_attr = (0o100755 << 16)  # a regular file, executable: Lambda runs it as is
info.compress_type = zipfile.ZIP_DEFLATED
with open(source, "rb") as handle, zipfile.ZipFile(target, "w") as archive:
    archive.writestr(info, handle.read(), compresslevel=9)
PY
ls -l "$out/meety-lex-lambda.zip"
