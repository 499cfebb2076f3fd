#!/usr/bin/env bash
# Leave-one-trade-out: scans every persona with no watchlist as if the trade lists lacked the
# persona's own trade (eval/loo-trades.tsv, through MOSAIC_UNKNOWN_TRADES), scores each report
# with ../shared/eval/score.py and prints one summary line per persona. Unseen people work in
# trades no list knows: this measures how much of the role is found without the persona's own
# jargon (docs/evaluation.md).
#
# usage: eval/loo.sh            (EVAL_OUT=dir keeps the reports; NO_BUILD=1 skips cargo build)
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
SCORE="$ROOT/../shared/eval/score.py"
BIN="$ROOT/target/release/mosaic"
OUT="${EVAL_OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
if [ -z "${NO_BUILD:-}" ]; then
    cargo build --release --quiet || { echo "BUILD FAILED" >&2; exit 1; }
fi
shopt -s nullglob
for lab in "$ROOT"/../shared/eval/dev/*.labels.json "$ROOT"/eval/*/*.labels.json; do
    key="$(basename "$lab" .labels.json)"
    read -r tz archive < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["timezone"], d["archive"])' "$lab")
    trade="$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$ROOT/eval/loo-trades.tsv")"
    report="$OUT/$key.no-watchlist.json"
    if ! MOSAIC_UNKNOWN_TRADES="$trade" "$BIN" scan "$(dirname "$lab")/$archive" --format json --tz "$tz" >"$report" 2>/dev/null; then
        printf 'no-watchlist     %-24s SCAN FAILED\n' "$key"
        continue
    fi
    printf 'no-watchlist     %s  [unknown: %s]\n' "$(python3 "$SCORE" "$lab" "$report" | tail -n 1)" "${trade:-none}"
done
