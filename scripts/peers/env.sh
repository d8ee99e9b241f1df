# Shared settings for the peers harness (sourced by the other scripts).
# Everything can be overridden from the environment.
PEERS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PEERS_STATE=${PEERS_STATE:-/tmp/peers-state}        # pids, logs, generated config, rspamd db
PEERS_SPAMD_PORT=${PEERS_SPAMD_PORT:-10783}         # spamd on 127.0.0.1
PEERS_RSPAMD_PORT=${PEERS_RSPAMD_PORT:-11433}       # rspamd normal worker on 127.0.0.1
PEERS_RSPAMD_CTL_PORT=${PEERS_RSPAMD_CTL_PORT:-11434} # rspamd controller on 127.0.0.1
PEERS_NPROC=$(nproc 2>/dev/null || echo 2)
PEERS_SPAMD_CHILDREN=${PEERS_SPAMD_CHILDREN:-$PEERS_NPROC}
PEERS_RSPAMD_WORKERS=${PEERS_RSPAMD_WORKERS:-$PEERS_NPROC}
PEERS_JOBS=${PEERS_JOBS:-$PEERS_NPROC}              # parallel client requests while scanning
PEERS_MAX_SIZE=${PEERS_MAX_SIZE:-10485760}          # spamc -s (bytes); spamc's own default is 500 KB

RSPAMD_CONF=$PEERS_STATE/rspamd.conf  # generated from rspamd/rspamd.conf.in
SA_SITE=$PEERS_STATE/sa-site          # --siteconfigpath for spamassassin/spamd
SA_RULES=/usr/share/spamassassin      # --configpath: the rules the Debian package ships (never sa-update's)
SA_USER=debian-spamd                  # spamd and one-shot spamassassin run as this user (Debian default)
SA_HOME=$(getent passwd "$SA_USER" | cut -d: -f6 || true)  # /var/lib/spamassassin; nothing is written there
RSPAMD_LOCAL=$PEERS_STATE/rspamd-conf # LOCAL_CONFDIR for rspamd
RSPAMD_DB=$PEERS_STATE/rspamd-db
RSPAMD_RUN=$PEERS_STATE/run/rspamd   # RUNDIR (owned by _rspamd)
RSPAMD_LOGDIR=$PEERS_STATE/log/rspamd # LOGDIR (owned by _rspamd)
PEERS_LOG=$PEERS_STATE/log

SPAMD_PIDFILE=$PEERS_STATE/run/spamd.pid
SPAMD_LOGFILE=$PEERS_LOG/spamd.log
RSPAMD_PIDFILE=$RSPAMD_RUN/rspamd.pid
RSPAMD_LOGFILE=$RSPAMD_LOGDIR/rspamd.log

rspamd_vars() {  # note: rspamd/rspamadm need the --var=NAME=VALUE form
  printf '%s\n' "--var=LOCAL_CONFDIR=$RSPAMD_LOCAL" "--var=DBDIR=$RSPAMD_DB" \
    "--var=RUNDIR=$RSPAMD_RUN" "--var=LOGDIR=$RSPAMD_LOGDIR"
}

pid_alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
pid_from() { [ -s "$1" ] && tr -dc '0-9' < "$1"; }

# CPU seconds used so far by a daemon: the process, all its live descendants, and
# the children it has already reaped (cutime/cstime). Used for load-independent
# cost figures (the scan scripts print daemon CPU ms per message).
tree_cpu_seconds() {
  local root=$1 tck; tck=$(getconf CLK_TCK)
  pid_alive "$root" || { echo 0; return; }
  local pids=("$root") i=0 kids
  while [ $i -lt ${#pids[@]} ]; do
    kids=$(ps -o pid= --ppid "${pids[$i]}" 2>/dev/null | tr -s ' \n' ' ')
    for k in $kids; do pids+=("$k"); done
    i=$((i + 1))
  done
  for p in "${pids[@]}"; do
    # fields after the "(comm)": 14 utime 15 stime 16 cutime 17 cstime (1-based)
    sed -e 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk -v root="$([ "$p" = "$root" ] && echo 1 || echo 0)" \
      '{ t = $12 + $13; if (root) t += $14 + $15; print t }'
  done | awk -v tck="$tck" '{ s += $1 } END { printf "%.2f\n", s / tck }'
}

# CPU seconds (user+sys) of the calling shell's finished children; call as
#   client_cpu_seconds_from FILE   after `times > FILE` in the main shell (not in $(...)).
client_cpu_seconds_from() {
  tail -1 "$1" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] } printf "%.2f\n", s }'
}
