#!/usr/bin/env bash
# Runs mosaic over every labelled persona (eval/personas/ and ../shared/eval/dev/), with and without the
# officer's watchlist, scores each report with ../shared/eval/score.py and prints one summary line per run.
# A scan that fails (e.g. an archive format the tool cannot read yet) is reported as a line; the script goes on.
#
# usage: eval/run.sh            (from anywhere; paths are relative to the repository root)
#        SETS="dev holdout" eval/run.sh  (only those sets)
#        NO_BUILD=1 eval/run.sh (skip cargo build)
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
SCORE="$ROOT/../shared/eval/score.py"
BIN="$ROOT/target/release/mosaic"
OUT="${EVAL_OUT:-$(mktemp -d)}"
mkdir -p "$OUT"

if [ -z "${NO_BUILD:-}" ]; then
    if ! cargo build --release --quiet; then
        echo "BUILD FAILED" >&2
        exit 1
    fi
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }

shopt -s nullglob
# SETS picks the sets: dev (the shared dev set and eval/personas, tuned on), holdout
# (eval/holdout, written after the first tuning, tuned on since), fresh (eval/fresh, a second
# author's, scored once unseen and then tuned on), blind (eval/blind, a third author's, scored
# only, then looked into and tuned on in session 3), blind2 (eval/blind2, a fourth author's,
# written in session 3, scored once, then tuned on), blind3 (eval/blind3, a fifth author's,
# scored once at the end of session 3, looked into and tuned on in session 4), blind4 (eval/blind4,
# a sixth author's, written in session 4, scored only), blind5 to blind18 (later authors', each scored
# once before being looked at, then tuned on). Default: all of them.
labels=()
for set in ${SETS:-dev holdout fresh blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18}; do
    case "$set" in
        dev) labels+=( "$ROOT"/eval/personas/*.labels.json "$ROOT"/../shared/eval/dev/*.labels.json ) ;;
        holdout) labels+=( "$ROOT"/eval/holdout/*.labels.json ) ;;
        fresh) labels+=( "$ROOT"/eval/fresh/*.labels.json ) ;;
        blind) labels+=( "$ROOT"/eval/blind/*.labels.json ) ;;
        blind2) labels+=( "$ROOT"/eval/blind2/*.labels.json ) ;;
        blind3) labels+=( "$ROOT"/eval/blind3/*.labels.json ) ;;
        blind4) labels+=( "$ROOT"/eval/blind4/*.labels.json ) ;;
        blind5) labels+=( "$ROOT"/eval/blind5/*.labels.json ) ;;
        blind6) labels+=( "$ROOT"/eval/blind6/*.labels.json ) ;;
        blind7) labels+=( "$ROOT"/eval/blind7/*.labels.json ) ;;
        blind8) labels+=( "$ROOT"/eval/blind8/*.labels.json ) ;;
        blind9) labels+=( "$ROOT"/eval/blind9/*.labels.json ) ;;
        blind10) labels+=( "$ROOT"/eval/blind10/*.labels.json ) ;;
        blind11) labels+=( "$ROOT"/eval/blind11/*.labels.json ) ;;
        blind12) labels+=( "$ROOT"/eval/blind12/*.labels.json ) ;;
        blind13) labels+=( "$ROOT"/eval/blind13/*.labels.json ) ;;
        blind14) labels+=( "$ROOT"/eval/blind14/*.labels.json ) ;;
        blind15) labels+=( "$ROOT"/eval/blind15/*.labels.json ) ;;
        blind16) labels+=( "$ROOT"/eval/blind16/*.labels.json ) ;;
        blind17) labels+=( "$ROOT"/eval/blind17/*.labels.json ) ;;
        blind18) labels+=( "$ROOT"/eval/blind18/*.labels.json ) ;;
        *) echo "unknown set $set (dev, holdout, fresh, blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14, blind15, blind16, blind17, blind18)" >&2; exit 1 ;;
    esac
done
if [ ${#labels[@]} -eq 0 ]; then
    echo "no *.labels.json found" >&2
    exit 1
fi

fails=0
for lab in "${labels[@]}"; do
    dir="$(dirname "$lab")"
    key="$(basename "$lab" .labels.json)"
    read -r tz archive < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["timezone"], d["archive"])' "$lab")
    zip="$dir/$archive"
    wl="$dir/$key.watchlist.toml"
    for mode in with-watchlist no-watchlist; do
        args=(scan "$zip" --format json --tz "$tz")
        if [ "$mode" = with-watchlist ]; then
            if [ ! -f "$wl" ]; then
                printf '%-16s %-24s SKIPPED (no watchlist)\n' "$mode" "$key"
                continue
            fi
            args+=(--watchlist "$wl")
        fi
        report="$OUT/$key.$mode.json"
        err="$OUT/$key.$mode.err"
        if ! "$BIN" "${args[@]}" >"$report" 2>"$err"; then
            printf '%-16s %-24s SCAN FAILED: %s\n' "$mode" "$key" "$(head -c 200 "$err" | tr '\n' ' ')"
            fails=$((fails + 1))
            continue
        fi
        if ! line="$(python3 "$SCORE" "$lab" "$report" 2>"$err" | tail -n 1)" || [ -z "$line" ]; then
            printf '%-16s %-24s SCORE FAILED: %s\n' "$mode" "$key" "$(head -c 200 "$err" | tr '\n' ' ')"
            fails=$((fails + 1))
            continue
        fi
        printf '%-16s %s\n' "$mode" "$line"
    done
done
echo "reports in $OUT ($fails failed runs)"
