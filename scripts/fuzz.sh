#!/usr/bin/env bash
# Fuzzes the layers that read files written by people -- the YAML parser, the bot decoder with its
# validation rules, and the conversation decoder with its bot check -- with libFuzzer and
# AddressSanitizer, for SECONDS seconds (default 60) on one process.
#
#   scripts/fuzz.sh [SECONDS] [LIBFUZZER-FLAG...]       e.g. scripts/fuzz.sh 600
#   scripts/fuzz.sh --build                             build only
#   scripts/fuzz.sh --run FILE...                       run the target once on each FILE (reproduce a crash)
#
# The target (Tests/MeetyFuzzing/FuzzTarget.swift, entry Tests/FuzzEntry) loads every input both as a
# bot file and as a conversation file and traps when a loader breaks its contract: a crash, a
# result together with errors (or neither), or a diagnostic outside the file. The modules are
# compiled straight from Sources/ with swiftc into .build-fuzz/ (not SwiftPM: -sanitize=fuzzer
# must not reach the package's other products). Inputs libFuzzer finds interesting accumulate in
# .build-fuzz/corpus (seeded from the repository's bots, conversations and fixtures on every run);
# crashing, leaking, slow and out-of-memory inputs are written to .build-fuzz/artifacts/.
# A crash is fixed in the library and its input committed under Tests/Corpus/fuzz/ (FuzzRegressionTests).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build-fuzz
modules=(MeetyDiagnostics LexFacts LexConditions YAMLNode BotModel CodeHooks MeetingRecords Conversations)
flags=(-swift-version 6 -enable-upcoming-feature ExistentialAny -parse-as-library -O -g
    -sanitize=fuzzer,address -I "$out/modules" -I Sources/CLibYAML)

build() {
    mkdir -p "$out/modules" "$out/objects"
    if [ -x "$out/meety-fuzz" ] && [ -z "$(find Sources Tests/MeetyFuzzing Tests/FuzzEntry scripts/fuzz.sh \
        -newer "$out/meety-fuzz" -print -quit)" ]; then
        return 0
    fi
    local sources name objects=()
    for name in "${modules[@]}" MeetyFuzzing; do
        if [ "$name" = MeetyFuzzing ]; then sources=(Tests/MeetyFuzzing/*.swift); else
            mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
        fi
        echo "fuzz.sh: compiling $name (${#sources[@]} files)" >&2
        swiftc "${flags[@]}" -module-name "$name" -wmo -emit-module \
            -emit-module-path "$out/modules/$name.swiftmodule" \
            -c "${sources[@]}" -o "$out/objects/$name.o"
        objects+=("$out/objects/$name.o")
    done
    echo "fuzz.sh: linking $out/meety-fuzz" >&2
    swiftc "${flags[@]}" -module-name MeetyFuzzEntry Tests/FuzzEntry/LLVMFuzzerTestOneInput.swift \
        "${objects[@]}" -lyaml -o "$out/meety-fuzz" 2> >(grep -v "Cannot export local symbol" >&2)
}

seed() {
    mkdir -p "$out/corpus" "$out/artifacts"
    local file
    while IFS= read -r file; do
        [ "$(wc -c < "$file")" -le 65536 ] || continue
        cp "$file" "$out/corpus/seed-$(cksum < "$file" | cut -d' ' -f1)"
    done < <(find bots conversations Tests/BotModelTests/Fixtures Tests/Corpus -type f 2>/dev/null \( -name '*.yaml' -o -name '*.yml' -o -path '*/Corpus/*' \) | sort)
}

dictionary() {
    # libFuzzer's dictionary format: one quoted token per line, other bytes as \xNN. The tokens are
    # the seeded mutator's dictionary (its string literals and byte arrays), so both fuzzers steer
    # towards the same YAML.
    python3 - Tests/MeetyFuzzing/SeededMutator.swift > "$out/yaml.dict" <<'PY'
import re, sys
source = sys.argv[1:] and open(sys.argv[1]).read()
block = source[source.index("dictionary:"):source.index("private var state")]
tokens = set()
for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', block):
    text = re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda m: chr(int(m.group(1), 16)), literal)
    text = text.replace('\\n', '\n').replace('\\t', '\t').replace('\\"', '"').replace('\\\\', '\\')
    tokens.add(text.encode())
for array in re.findall(r"\[(0x[0-9A-Fa-f]{2}(?:, 0x[0-9A-Fa-f]{2})*)\]", block):
    tokens.add(bytes(int(b, 16) for b in array.split(", ")))
def quote(token):
    return "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else "\\x%02X" % b for b in token)
for token in sorted(tokens):
    print('"%s"' % quote(token))
PY
}

sanitizer_environment() {
    # Leaks in the toolchain's Foundation, with their evidence, are listed there; the project's are not.
    export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    # Swift's backtracer reads memory ASan reserves and crashes itself; ASan prints the stack.
    export SWIFT_BACKTRACE=enable=no
}

case "${1:-}" in
    --build)
        build
        exit 0
        ;;
    --run)
        shift
        build
        sanitizer_environment
        exec "$out/meety-fuzz" -runs=1 "$@"
        ;;
esac

seconds="${1:-60}"
shift || true
case "$seconds" in
    '' | *[!0-9]*)
        echo "usage: scripts/fuzz.sh [SECONDS] [LIBFUZZER-FLAG...] | --build | --run FILE..." >&2
        exit 64
        ;;
esac
build
seed
dictionary
sanitizer_environment
echo "fuzz.sh: fuzzing for ${seconds}s; crashes go to $out/artifacts/" >&2
# -rss_limit_mb: a bounded input that needs more than 1 GiB is a finding too.
# -timeout: one input may take at most 2 s (the corpus budget is 1 s in a debug build).
exec "$out/meety-fuzz" "$out/corpus" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=2 \
    -max_len=65536 -dict="$out/yaml.dict" -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@"
