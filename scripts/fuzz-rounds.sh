#!/usr/bin/env bash
# Fuzzes the way CI does, many times: each round starts from the seeds alone (no grown corpus) with a new random
# seed and runs scripts/fuzz.sh SECONDS on the targets. CI's 30-second run is one such round, so many clean rounds
# here say a CI run will rarely find something new. Stops at the first finding, like fuzz.sh.
# Usage: scripts/fuzz-rounds.sh ROUNDS [SECONDS [CLASS#METHOD...]]   (default 10 rounds of 30 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"; seconds="${2:-30}"
shift $(( $# > 2 ? 2 : $# ))
kept="core/.cifuzz-corpus.kept"
[ -e "$kept" ] && { echo "fuzz-rounds: $kept exists (an earlier run was cut short?); put it back as core/.cifuzz-corpus"; exit 2; }
[ -d core/.cifuzz-corpus ] && mv core/.cifuzz-corpus "$kept"
restore() { rm -rf core/.cifuzz-corpus; [ -d "$kept" ] && mv "$kept" core/.cifuzz-corpus; true; }
trap restore EXIT
for round in $(seq 1 "$rounds"); do
  rm -rf core/.cifuzz-corpus
  printf '\n== round %s of %s\n' "$round" "$rounds"
  scripts/fuzz.sh "$seconds" "$@" || { echo "fuzz-rounds: finding in round $round"; exit 1; }
done
echo "fuzz-rounds: $rounds rounds, no findings"
