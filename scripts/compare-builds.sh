#!/usr/bin/env bash
# Two builds' CPU per message on the same mail, measured in one JVM with their passes interleaved (separate runs on a
# shared machine drift by a fifth within minutes; see BuildComparison).
#
#   scripts/compare-builds.sh A.jar B.jar DIR [PASSES]    # A, B: shield.jar of two builds (e.g. a worktree's)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 3 ]]; then
  sed -n '2,5p' "$0" >&2
  exit 2
fi
jar="$here/bench/target/benchmarks.jar"
[[ -f "$jar" ]] || (cd "$here" && mvn -B -q -DskipTests package -pl bench -am >&2)
exec java -Xmx1g -cp "$jar" org.sextortionshield.bench.BuildComparison "$@"
