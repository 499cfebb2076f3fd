#!/usr/bin/env bash
# Times `mosaic scan --format json > /dev/null` end to end on generated X archives and prints
# wall time and peak memory as a table (docs/performance.md). Optionally runs
# twitter-archive-parser on the same 100k archive, side by side, for the ratio.
#
# usage: scripts/bench.sh [SIZES...]            e.g. scripts/bench.sh 10000 100000 1000000
# env:   GEN=path/to/gen_x_archive.py           (default ../shared/bench/gen_x_archive.py)
#        BENCH_DIR=dir                          (default target/bench-data; archives are reused)
#        TAP=path/to/twitter-archive-parser/parser.py   (compare on the 100k archive)
#        RUNS=3                                 (runs per size; the best wall time is reported)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
GEN="${GEN:-$ROOT/../shared/bench/gen_x_archive.py}"
DIR="${BENCH_DIR:-$ROOT/target/bench-data}"
RUNS="${RUNS:-3}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
mkdir -p "$DIR"
cargo build --release --quiet
BIN="$ROOT/target/release/mosaic"

archive() { # size -> path (generated once; parts of 100k above 100k, as X splits them)
    local n="$1" out="$DIR/gen-x-$1.zip"
    if [ ! -f "$out" ]; then
        local parts=()
        [ "$n" -gt 100000 ] && parts=(--part-size 100000)
        python3 "$GEN" --tweets "$n" --seed 7 --out "$out" "${parts[@]}" >&2
    fi
    echo "$out"
}

measure() { # label cmd... -> "wall_s peak_mb"
    local best="" peak=""
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$DIR/.time" "$@" > /dev/null 2> "$DIR/.err" || { cat "$DIR/.err" >&2; return 1; }
        read -r wall kb < "$DIR/.time"
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; peak=$((kb / 1024)); fi
    done
    echo "$best $peak"
}

printf '| archive | posts | wall (s) | peak memory (MB) | stages (MOSAIC_TIMING) |\n|---|---|---|---|---|\n'
for n in "${SIZES[@]}"; do
    a="$(archive "$n")"
    read -r wall mb < <(measure "$BIN" scan "$a" --format json)
    stages="$(MOSAIC_TIMING=1 "$BIN" scan "$a" --format json 2>&1 >/dev/null | grep timing | sed 's/mosaic: timing: //')"
    printf '| %s | %s | %s | %s | %s |\n' "$(basename "$a")" "$n" "$wall" "$mb" "$stages"
done

if [ -n "${TAP:-}" ]; then
    a="$(archive 100000)"
    work="$DIR/tap-100000"
    rm -rf "$work" && mkdir -p "$work" && (cd "$work" && unzip -q "$a")
    # The parser asks questions (downloads, lookups); every answer is no, so it stays offline.
    start=$(date +%s.%N)
    /usr/bin/time -f "%e %M" -o "$DIR/.tap" bash -c "cd '$work' && yes n | python3 '$TAP' > /dev/null 2>&1" || true
    read -r twall tkb < "$DIR/.tap"
    read -r mwall mmb < <(measure "$BIN" scan "$a" --format json)
    printf '\n| tool (100k tweets) | wall (s) | peak memory (MB) |\n|---|---|---|\n'
    printf '| twitter-archive-parser | %s | %s |\n' "$twall" "$((tkb / 1024))"
    printf '| mosaic scan --format json | %s | %s |\n' "$mwall" "$mmb"
    printf '\nmosaic is %sx faster, with %sx less memory.\n' \
        "$(awk "BEGIN{printf \"%.1f\", $twall / $mwall}")" "$(awk "BEGIN{printf \"%.1f\", $tkb / 1024 / $mmb}")"
fi
