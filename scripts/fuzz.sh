#!/usr/bin/env bash
# Build the fuzz targets and run each for SECONDS (default 60), one after another, niced.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). On a stable toolchain RUSTC_BOOTSTRAP=1 lets
# it use the sanitizer flags. Seeds come from sample-exports/, tests/data/ and fuzz/seeds/;
# the growing corpus lives in fuzz/corpus/ and crashes in fuzz/artifacts/ (both ignored by
# git). A crash found here belongs in tests/data/fuzz-regressions/<target>/ (see
# tests/fuzz_regressions.rs). Prints one summary line per target.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
SECS=${1:-60}
shift || true
ALL="archive_zip x facebook instagram mastodon linkedin telegram exif watchlist text"
TARGETS=${*:-$ALL}
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: cargo-fuzz is missing: cargo install cargo-fuzz" >&2
    exit 1
fi

# Seed corpora. Targets that pick their input file by the first byte get each seed once per
# possible first byte.
declare -A PICKS=([x]=8 [facebook]=7 [instagram]=6 [mastodon]=3 [linkedin]=5 [telegram]=1)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP/x-sample" "$ROOT/sample-exports/x-marisol.zip" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[2]).extractall(sys.argv[1])
PY
seed() { # seed TARGET FILE…
    local t=$1; shift
    local dir="$ROOT/fuzz/corpus/$t"
    mkdir -p "$dir"
    local f i n=${PICKS[$t]:-0}
    for f in "$@"; do
        [ -f "$f" ] || continue
        local base
        base=$(basename "$f")
        if [ "$n" -gt 0 ]; then
            for ((i = 0; i < n; i++)); do
                { printf "\\x$(printf %02x "$i")"; cat "$f"; } >"$dir/seed-$i-$base"
            done
        else
            cp "$f" "$dir/seed-$base"
        fi
    done
}
XS="$TMP/x-sample"
seed x $(find "$XS" -name '*.js' -size -200k)
seed archive_zip "$ROOT/sample-exports/x-marisol.zip"
seed exif $(find "$XS" -iname '*.jpg' | head -20)
seed text "$ROOT"/fuzz/seeds/text/* "$XS"/*/data/account.js
for t in facebook instagram mastodon linkedin telegram watchlist; do
    seed "$t" "$ROOT"/fuzz/seeds/"$t"/*
done
seed text "$ROOT"/tests/data/*.json

echo "fuzz: building targets" >&2
nice -n 10 cargo fuzz build -a >&2

mkdir -p "$ROOT/fuzz/logs"
for t in $TARGETS; do
    mkdir -p "$ROOT/fuzz/artifacts/$t"
    start=$(date +%s)
    status=clean
    if ! nice -n 10 cargo fuzz run -a "$t" "$ROOT/fuzz/corpus/$t" -- \
        -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$ROOT/fuzz/artifacts/$t/" >"$ROOT/fuzz/logs/$t.log" 2>&1; then
        status="FOUND A CRASH (see fuzz/artifacts/$t/ and fuzz/logs/$t.log)"
    fi
    end=$(date +%s)
    runs=$(grep -o 'Done [0-9]* runs' "$ROOT/fuzz/logs/$t.log" | tail -1 || true)
    echo "fuzz: $t ran $((end - start))s ($(date -u -d @"$start" +%H:%M:%S)-$(date -u -d @"$end" +%H:%M:%S) UTC) ${runs:-}: $status"
done
