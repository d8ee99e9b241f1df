#!/usr/bin/env bash
# Generates every hostile input (nothing is stored) and scans each under -Xmx256m with a budget per scan (default
# 2000 ms of CPU time, the JIT compiler's not counted): prints one table row per input (outcome, wall and CPU time,
# peak heap) and exits 1 when any scan fails, runs out of memory, overruns the budget or hangs.
# Arguments go to HostileInputCheck: [--budget-ms MS] [--only NAME,...] [--write DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl core test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Xmx256m -cp "core/target/test-classes:core/target/classes:$(cat "$cp_file")" \
  org.sextortionshield.core.hostile.HostileInputCheck "$@" 2> >(grep -v '^SLF4J' >&2)
