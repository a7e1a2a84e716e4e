#!/usr/bin/env bash
# Builds the deployable LexLambda for the provided.al2023 runtime: build/lambda/meety-lex-lambda.zip.
#
#   bootstrap                  meety-lex-lambda (release, the Swift runtime and Foundation linked in)
#   lib/ld-linux-x86-64.so.2   this machine's dynamic loader: bootstrap's interpreter
#   lib/libc.so.6 ...          every library bootstrap needs (libc, libm, libstdc++, libgcc_s, libz)
#
# The binary is built here (Debian 12: glibc 2.36, GCC 12's libstdc++), and Amazon Linux 2023 has
# glibc 2.34 and GCC 11's libstdc++, which lack versions it needs (GLIBC_2.35, GLIBCXX_3.4.30). So the
# zip brings its own loader and libraries, and patchelf points bootstrap at them with absolute paths:
# the interpreter /var/task/lib/ld-linux-x86-64.so.2 and DT_RPATH /var/task/lib (DT_RPATH, not
# DT_RUNPATH: the loader searches DT_RPATH before LD_LIBRARY_PATH, which lists /lib64 first on Lambda).
# scripts/check-lambda-zip.py then refuses the zip if any file in it needs a library or symbol
# version that neither the zip nor Amazon Linux 2023 provides.
#
# MEETY_LAMBDA_SCRATCH=DIR builds in that scratch path instead of .build (CI builds the zip there, beside
# the tests, which hold .build's lock).
# MEETY_SWIFT_SDK=x86_64-swift-linux-musl builds with the Static Linux SDK instead (a static binary
# that needs nothing; the same check applies). Needs: swift, patchelf, binutils (readelf, strip), python3.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in patchelf readelf strip ldd python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "build-lambda-zip.sh: $tool is missing (apt-get install patchelf binutils)" >&2
        exit 1
    fi
done

out=build/lambda
task_root=/var/task
mkdir -p "$out"
started=$SECONDS
scratch=()
if [ -n "${MEETY_LAMBDA_SCRATCH:-}" ]; then scratch=(--scratch-path "$MEETY_LAMBDA_SCRATCH"); fi
if [ -n "${MEETY_SWIFT_SDK:-}" ]; then
    swift build -c release "${scratch[@]}" --product meety-lex-lambda --swift-sdk "$MEETY_SWIFT_SDK"
    bin="$(swift build -c release "${scratch[@]}" --swift-sdk "$MEETY_SWIFT_SDK" --show-bin-path)/meety-lex-lambda"
else
    swift build -c release "${scratch[@]}" --product meety-lex-lambda --static-swift-stdlib
    bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/meety-lex-lambda"
fi
echo "build-lambda-zip.sh: release build of meety-lex-lambda: $((SECONDS - started)) s"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$bin" "$stage/bootstrap"
strip "$stage/bootstrap"
chmod 0755 "$stage/bootstrap"

interpreter="$(readelf -l "$stage/bootstrap" | sed -n 's/.*Requesting program interpreter: \(.*\)\]$/\1/p')"
if [ -n "$interpreter" ]; then
    swift_libs="$(ldd "$stage/bootstrap" | grep -E 'libswift|libFoundation|lib_Foundation|libicu' || true)"
    if [ -n "$swift_libs" ]; then
        echo "build-lambda-zip.sh: bootstrap links Swift libraries dynamically (build with --static-swift-stdlib):" >&2
        echo "$swift_libs" >&2
        exit 1
    fi
    # Every library the loader maps for bootstrap, and the loader itself, copied (not linked).
    mkdir "$stage/lib"
    ldd "$stage/bootstrap" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3} $1 ~ /^\// {n = split($1, p, "/"); print p[n], $1}' \
        | sort -u | while read -r name path; do
            cp -L "$path" "$stage/lib/$name"
            chmod 0644 "$stage/lib/$name"
        done
    loader="$(basename "$interpreter")"
    if [ ! -f "$stage/lib/$loader" ]; then
        cp -L "$interpreter" "$stage/lib/$loader"
    fi
    chmod 0755 "$stage/lib/$loader"
    patchelf --set-interpreter "$task_root/lib/$loader" --force-rpath --set-rpath "$task_root/lib" "$stage/bootstrap"
    echo "build-lambda-zip.sh: bundled $(cd "$stage/lib" && echo *) with bootstrap"
fi

rm -f "$out/meety-lex-lambda.zip" "$out/meety-lex-lambda.zip.unchecked"
python3 - "$stage" "$out/meety-lex-lambda.zip.unchecked" <<'PY'
import sys
sys.path.insert(0, "scripts")
import lambda_al2023
lambda_al2023.write_zip(sys.argv[1], sys.argv[2])
PY
if ! python3 scripts/check-lambda-zip.py "$out/meety-lex-lambda.zip.unchecked"; then
    rm -f "$out/meety-lex-lambda.zip.unchecked"
    exit 1
fi
mv "$out/meety-lex-lambda.zip.unchecked" "$out/meety-lex-lambda.zip"
unzipped="$(find "$stage" -type f -printf '%s\n' | awk '{ total += $1 } END { print total }')"
zipped="$(stat -c %s "$out/meety-lex-lambda.zip")"
echo "build-lambda-zip.sh: $out/meety-lex-lambda.zip: $zipped bytes zipped, $unzipped bytes unzipped" \
    "(Lambda's limits: 50 MB zipped for a direct upload, 250 MB unzipped)"
