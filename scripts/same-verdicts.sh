#!/usr/bin/env bash
# Verdict identity over a corpus: records every message's jsonl verdict once, then checks that a later build gives
# the same verdict and scores for every file (and says whether the whole output is byte for byte the same).
#
#   scripts/same-verdicts.sh record BASELINE.jsonl [DIR]   # DIR defaults to ../shared/corpus/dev
#   scripts/same-verdicts.sh check BASELINE.jsonl [DIR]    # exit 1 when any verdict or score differs
#
# Keep BASELINE outside the repository: it quotes the corpus. SHIELD=/other/tree/shield records with another build
# (e.g. a worktree of the base commit).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"; baseline="${2:-}"; dir="${3:-$here/../shared/corpus/dev}"
if [[ "$mode" != record && "$mode" != check ]] || [[ -z "$baseline" ]]; then
  sed -n '2,9p' "$0" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "same-verdicts: jq is needed (apt-get install jq)" >&2; exit 2; }

scan() { "${SHIELD:-$here/shield}" scan --format jsonl --threads "${THREADS:-2}" "$dir" >"$1" 2>/dev/null || true; }
# one line per file: file, verdict, score, rules' score, model probability, fired signals, wallets
fields() {
  jq -r '[.file, .verdict, .score, .rules_score, (.model.probability // "none"),
          ([.signals[].id] | sort | join(",")), ([.indicators.wallets[]?.address] | join(","))] | @tsv' "$1" | sort
}
# the whole output with each signal list in id order (the order signals are listed in is not part of a verdict)
canonical() {
  jq -c 'walk(if type == "object" and has("signals") then .signals |= sort_by(.id) else . end)' "$1"
}

if [[ "$mode" == record ]]; then
  scan "$baseline"
  echo "recorded $(wc -l <"$baseline") verdicts of $dir in $baseline"
  exit 0
fi

now="$(mktemp)"; trap 'rm -f "$now" "$now".a "$now".b' EXIT
scan "$now"
fields "$baseline" >"$now.a"
fields "$now" >"$now.b"
if ! diff -q "$now.a" "$now.b" >/dev/null; then
  echo "DIFFERENT: verdict, score, signals or wallets changed for these files (< before, > now):"
  diff "$now.a" "$now.b" | head -40
  exit 1
fi
echo "same verdict, score, rules' score, model probability, signals and wallets for all $(wc -l <"$now.a") messages"
canonical "$baseline" >"$now.a"
canonical "$now" >"$now.b"
if cmp -s "$now.a" "$now.b"; then
  echo "and the whole jsonl output is identical (explanations, evidence, indicators, advice; signals compared in id order)"
else
  echo "but the jsonl output differs elsewhere (explanations, evidence, indicators, advice); first differences:"
  diff "$now.a" "$now.b" | head -6 | cut -c1-400
  exit 1
fi
