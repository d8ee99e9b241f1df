#!/usr/bin/env bash
# Fuzzes every Jazzer target (or those named, e.g. MessageFuzzTest#scan) for real, one after another, SECONDS each
# (default 300: the documented longer run; CI runs 30). Usage: scripts/fuzz.sh [SECONDS [CLASS#METHOD...]].
# `mvn verify` only replays the seeds. A finding fails the run; Jazzer saves the input that caused it
# under core/src/test/resources/.../<Class>Inputs/<method>/, where it stays as a regression seed once fixed.
# The corpus Jazzer grows is kept in .cifuzz-corpus/ (not committed), so repeated runs go on from where they were.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
targets=(
  org.sextortionshield.core.fuzz.MessageFuzzTest#parse
  org.sextortionshield.core.fuzz.MessageFuzzTest#scan
  org.sextortionshield.core.fuzz.MessageFuzzTest#scanStructured
  org.sextortionshield.core.mail.HtmlTextFuzzTest#convert
  org.sextortionshield.core.fuzz.TextFuzzTest#normalize
  org.sextortionshield.core.fuzz.TextFuzzTest#indicators
)
if [ $# -gt 1 ]; then
  shift
  wanted=("$@")
  chosen=()
  for target in "${targets[@]}"; do
    for w in "${wanted[@]}"; do
      [[ "$target" == *"$w" ]] && chosen+=("$target")
    done
  done
  [ ${#chosen[@]} -gt 0 ] || { echo "no fuzz target named ${wanted[*]}"; exit 2; }
  targets=("${chosen[@]}")
fi
mvn -B -q -pl core test-compile
failed=0
for target in "${targets[@]}"; do
  log="${TMPDIR:-/tmp}/fuzz-$(basename "${target//#/-}").log"
  printf '\n== fuzzing %s for %ss\n' "$target" "$seconds"
  # one target per JVM: Jazzer fuzzes a single @FuzzTest per run
  if ! JAZZER_FUZZ=1 mvn -B -q -pl core surefire:test -Dtest="$target" -Djazzer.max_duration="${seconds}s" \
      -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    failed=1
    echo "FINDING in $target (log: $log):"
    grep -E 'FuzzTestFindingException|== Java Exception|AssertionError|crash-|Caused by' "$log" \
      | sed -n '1,12p'
  fi
  grep -E '#[0-9]+.*(DONE|exec/s)' "$log" | tail -1 || true
done
[ "$failed" -eq 0 ] && echo "fuzzing: no findings"
exit "$failed"
