#!/usr/bin/env bash
# Side by side: Apache SpamAssassin, Rspamd and Sextortion Shield on the same labelled mail, in one run, one table.
#
#   scripts/compare-peers.sh DIR [OUTDIR]
#
# DIR holds the mail and DIR/manifest.tsv (columns path, label, ...). Peers: ../shared/peers when present, else the
# vendored copy in scripts/peers (installs Debian's spamassassin/spamd/rspamd, offline config; needs root).
# Prints, per label: messages, and the share each tool flags: SpamAssassin and Rspamd as spam (their own verdict)
# and by their sextortion rules (SpamAssassin BITCOIN_*/EXTORT*/MONERO_*, Rspamd LEAKED_PASSWORD_SCAM), Shield as
# sextortion and as any extortion; then CPU milliseconds per message for each (daemon CPU for the peers; for Shield
# the whole JVM process of one cold scan, start-up and JIT included, and warm as a running service from shield bench).
# Raw results stay in OUTDIR.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -ge 1 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
DIR=$(cd "$1" && pwd)
OUT=${2:-$(mktemp -d /tmp/compare-peers.XXXXXX)}
mkdir -p "$OUT"
[ -f "$DIR/manifest.tsv" ] || { echo "compare-peers: $DIR/manifest.tsv: no such file" >&2; exit 2; }

PEERS=${PEERS_DIR:-}
for candidate in "$here/../shared/peers" "$here/scripts/peers"; do
  if [ -z "$PEERS" ] && [ -x "$candidate/setup.sh" ]; then PEERS=$(cd "$candidate" && pwd); fi
done
echo "compare-peers: peers harness $PEERS, results in $OUT" >&2

# The packages first: setup.sh reads the spamd user's home, which only exists once the package is installed.
pkgs=(spamassassin spamc spamd sa-compile rspamd)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "compare-peers: installing ${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >&2
fi
"$PEERS/setup.sh"
"$PEERS/scan-sa.sh" "$DIR" "$OUT/sa.tsv"
"$PEERS/scan-rspamd.sh" "$DIR" "$OUT/rspamd.tsv"

# Shield: one JVM over the whole directory; CPU = user + sys of that process tree.
(cd "$here" && ./shield --help >/dev/null)   # build first, outside the measurement
# `times` must run in this shell (not a subshell) to see the JVM as a finished child.
children_cpu() { awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$1"; }
times > "$OUT/times0"
t0=$(date +%s.%N)
set +e
java -jar "$here/cli/target/shield.jar" scan --format jsonl "$DIR" > "$OUT/shield.jsonl" 2> "$OUT/shield.err"
set -e
t1=$(date +%s.%N)
times > "$OUT/times1"
c0=$(children_cpu "$OUT/times0")
c1=$(children_cpu "$OUT/times1")
n=$(wc -l < "$OUT/shield.jsonl")
awk -v n="$n" -v c="$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')" -v w="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
  'BEGIN { printf "files\t%d\nwall_s\t%.2f\nmsg_per_s\t%.1f\ncpu_s\t%.2f\ncpu_ms_per_msg\t%.3f\n", n, w, n / w, c, 1000 * c / n }' \
  > "$OUT/shield.jsonl.timing"

# Shield warm, as a running milter or service is: shield bench scans the same files after a warm-up (one thread;
# process CPU per message, JIT and GC threads included). The peers' figures are their daemons' CPU while scanning.
java -jar "$here/cli/target/shield.jar" bench --warmup "${SHIELD_WARMUP:-20000}" --scans "$n" --threads 1 --format json \
  "$DIR" > "$OUT/shield-bench.json" 2>> "$OUT/shield.err" || true
warm=$(sed -n 's/.*"single_thread":{[^}]*"cpu_ms_per_message":\([0-9.]*\).*/\1/p' "$OUT/shield-bench.json")
warm_median=$(sed -n 's/.*"single_thread":{[^}]*"median_cpu_ms_per_message":\([0-9.]*\).*/\1/p' "$OUT/shield-bench.json")

daemon_ms() { grep -o '[0-9.]* ms/msg' "$1" | head -1 | cut -d' ' -f1; }   # the daemon figure comes first

awk -F'\t' -v dir="$DIR/" -v sa_cpu="$(daemon_ms "$OUT/sa.tsv.timing")" -v rs_cpu="$(daemon_ms "$OUT/rspamd.tsv.timing")" \
    -v sh_cpu="$(awk -F'\t' '$1 == "cpu_ms_per_msg" { print $2 }' "$OUT/shield.jsonl.timing")" \
    -v sh_warm="${warm:-?}" -v sh_median="${warm_median:-?}" '
  function rel(p) { sub(/#[0-9]+$/, "", p); if (index(p, dir) == 1) p = substr(p, length(dir) + 1); return p }
  FILENAME ~ /manifest.tsv$/ { if (FNR == 1) { for (i = 1; i <= NF; i++) col[$i] = i; next }
                               label[$col["path"]] = $col["label"]; next }
  FILENAME ~ /sa.tsv$/ { if (FNR == 1) next; f = rel($1); sa[f] = $3; saext[f] = ($4 ~ /BITCOIN|EXTORT|MONERO/); next }
  FILENAME ~ /rspamd.tsv$/ { if (FNR == 1) next; f = rel($1); rs[f] = $3; rsext[f] = ($4 ~ /LEAKED_PASSWORD_SCAM/); next }
  FILENAME ~ /shield.jsonl$/ {
    f = $0; sub(/^.*"file":"/, "", f); sub(/".*$/, "", f); f = rel(f)
    v = $0; sub(/^.*"verdict":"/, "", v); sub(/".*$/, "", v)
    if (!(f in sh) || v == "sextortion" || (v == "extortion" && sh[f] == "clean")) sh[f] = v
    next }
  END {
    for (f in label) { l = label[f]; n[l]++
      if (sa[f] == "spam") saS[l]++; if (saext[f]) saE[l]++
      if (rs[f] == "spam") rsS[l]++; if (rsext[f]) rsE[l]++
      if (sh[f] == "sextortion") shS[l]++; if (sh[f] == "sextortion" || sh[f] == "extortion") shE[l]++ }
    printf "%-16s %6s | %9s %11s | %9s %11s | %11s %11s\n", "label", "files", "SA spam", "SA extort.", "Rspamd spam", "Rspamd LPS", "Shield sext", "Shield any"
    order = "sextortion other_extortion phishing_other spam_other ham"
    m = split(order, known, " ")
    for (l in n) if (index(" " order " ", " " l " ") == 0) known[++m] = l
    for (j = 1; j <= m; j++) if ((l = known[j]) in n) printf "%-16s %6d | %8.1f%% %10.1f%% | %10.1f%% %10.1f%% | %10.1f%% %10.1f%%\n", l, n[l], \
      100 * saS[l] / n[l], 100 * saE[l] / n[l], 100 * rsS[l] / n[l], 100 * rsE[l] / n[l], 100 * shS[l] / n[l], 100 * shE[l] / n[l]
    printf "CPU ms/message: SpamAssassin %s, Rspamd %s (daemons), Shield %s (one cold JVM over the directory, start-up and JIT included), Shield warm %s (median %s; shield bench, one thread)\n", sa_cpu, rs_cpu, sh_cpu, sh_warm, sh_median
  }' "$DIR/manifest.tsv" "$OUT/sa.tsv" "$OUT/rspamd.tsv" "$OUT/shield.jsonl" | tee "$OUT/table.txt"
