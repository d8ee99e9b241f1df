#!/usr/bin/env bash
# Fails when an evaluation report (shield eval output) misses the quality targets of the README:
# sextortion recall >= 97 %, no ham called sextortion, at most 1 % of phishing_other / spam_other called sextortion,
# and, when the report compares rules-only, model-only and combined, the combination at least as good as the better of
# the two on every label.
set -euo pipefail
report="$1"
awk '
  /^  precision/ { recall = $4; sub("%", "", recall) }
  /^  (ham|phishing_other|spam_other) / && !seen[$1]++ { rate[$1] = $4; sub("%", "", rate[$1]); called[$1] = $3 }
  /^Combined at least as good/ { compared = 1; if ($NF != "yes") dominated = $0 }
  END {
    bad = 0
    if (recall + 0 < 97) { print "recall " recall "% is below 97%"; bad = 1 }
    if (called["ham"] + 0 > 0) { print called["ham"] " ham messages called sextortion"; bad = 1 }
    if (rate["phishing_other"] + 0 > 1) { print "phishing_other rate " rate["phishing_other"] "% is above 1%"; bad = 1 }
    if (rate["spam_other"] + 0 > 1) { print "spam_other rate " rate["spam_other"] "% is above 1%"; bad = 1 }
    if (compared && dominated != "") { print dominated; bad = 1 }
    if (bad) exit 1
    print "quality targets met"
  }' "$report"
