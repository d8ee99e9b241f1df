#!/usr/bin/env bash
# End-to-end test of `shield milter` behind a real Postfix (Debian's package): a throwaway Postfix instance on
# 127.0.0.1 with smtpd_milters pointing at the milter receives one sextortion and one clean mail over SMTP, and we
# check what was delivered, tagged and quarantined (held), that a forged X-Sextortion-Verdict from outside is gone,
# that reject-score makes Postfix answer 550 5.7.1, and that mail still flows when the milter is down. Before that,
# miltertest (OpenDKIM's MTA simulator, which waits for an answer at every step) runs scripts/miltertest-shield.lua.
# Needs root (Postfix runs as root and drops to the postfix user). Installs postfix and miltertest when missing.
# Cleans up after itself: the instance, its queue and mailboxes live in one temporary directory (kept with
# SHIELD_E2E_KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '== e2e-postfix: %s\n' "$*"; }
fail() { printf 'e2e-postfix: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "must run as root (Postfix needs it)"
if ! command -v postfix >/dev/null 2>&1 || ! command -v miltertest >/dev/null 2>&1; then
  log "installing Debian's postfix (no configuration: this test writes its own) and miltertest"
  export DEBIAN_FRONTEND=noninteractive
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq postfix miltertest >/dev/null
fi
id postfix >/dev/null 2>&1 || fail "the postfix package did not create the postfix user"

work=$(mktemp -d /tmp/shield-e2e.XXXXXX)
chmod 755 "$work"
cfg="$work/etc"
milter_pid=""
cleanup() {
  set +e
  [ -n "$milter_pid" ] && kill "$milter_pid" 2>/dev/null && wait "$milter_pid" 2>/dev/null
  [ -f "$cfg/main.cf" ] && postfix -c "$cfg" stop >/dev/null 2>&1
  sleep 0.5
  if [ -n "${SHIELD_E2E_KEEP:-}" ]; then echo "e2e-postfix: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# A free TCP port on 127.0.0.1: nothing answers on it.
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 9<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  fail "no free port found"
}
smtp_port=$(free_port)
milter_port=$(free_port)
http_port=$(free_port)

log "Postfix $(postconf -d -h mail_version) on 127.0.0.1:$smtp_port, milter on 127.0.0.1:$milter_port, work dir $work"
mkdir -p "$cfg" "$work/queue" "$work/data" "$work/mail"
chown postfix:postfix "$work/data" "$work/mail"
cat >"$cfg/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $work/queue
data_directory = $work/data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.shield-e2e.test
mydomain = shield-e2e.test
myorigin = \$myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
alias_maps =
alias_database =
local_recipient_maps =
biff = no
virtual_mailbox_domains = example.com
virtual_mailbox_base = $work/mail
virtual_mailbox_maps = inline:{ jordan.miller@example.com=jordan/ }
virtual_minimum_uid = 1
virtual_uid_maps = static:$(id -u postfix)
virtual_gid_maps = static:$(id -g postfix)
maillog_file_prefixes = $work
maillog_file = $work/maillog
# The lines the README recommends:
smtpd_milters = inet:127.0.0.1:$milter_port
non_smtpd_milters = \$smtpd_milters
milter_default_action = accept
milter_protocol = 6
EOF
cat >"$cfg/master.cf" <<EOF
127.0.0.1:$smtp_port inet n - n - - smtpd
pickup    unix  n - n 60   1 pickup
cleanup   unix  n - n -    0 cleanup
qmgr      unix  n - n 300  1 qmgr
rewrite   unix  - - n -    - trivial-rewrite
bounce    unix  - - n -    0 bounce
defer     unix  - - n -    0 bounce
trace     unix  - - n -    0 bounce
verify    unix  - - n -    1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -    - proxymap
showq     unix  n - n -    - showq
error     unix  - - n -    - error
retry     unix  - - n -    - error
discard   unix  - - n -    - discard
virtual   unix  - n n -    - virtual
anvil     unix  - - n -    1 anvil
scache    unix  - - n -    1 scache
postlog   unix-dgram n - n - 1 postlogd
EOF

milter_runs=0
start_milter() {
  milter_runs=$((milter_runs + 1))
  milter_log="$work/milter-$milter_runs.log"
  ./shield milter --socket "inet:$milter_port@127.0.0.1" --http "127.0.0.1:$http_port" "$@" >"$milter_log" 2>&1 &
  milter_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "shield-milter listening" "$milter_log" 2>/dev/null; then
      return
    fi
    kill -0 "$milter_pid" 2>/dev/null || { cat "$milter_log"; fail "shield milter did not start"; }
    sleep 0.2
  done
  fail "shield milter did not listen within two minutes"
}

stop_milter() {
  kill "$milter_pid"
  wait "$milter_pid" || true
  milter_pid=""
}

# One SMTP transaction; prints the server's answer to the end of DATA.
smtp_send() {
  local from=$1 to=$2 file=$3 line
  exec 3<>"/dev/tcp/127.0.0.1/$smtp_port"
  expect() {
    while IFS= read -r -t 30 line <&3; do
      line=${line%$'\r'}
      case "$line" in
        "$1"-*) continue ;;
        "$1"" "*) return 0 ;;
        *) fail "SMTP: expected $1, got '$line'" ;;
      esac
    done
    fail "SMTP: no answer (expected $1)"
  }
  say() { printf '%s\r\n' "$1" >&3; }
  expect 220
  say "EHLO client.shield-e2e.test"; expect 250
  say "MAIL FROM:<$from>"; expect 250
  say "RCPT TO:<$to>"; expect 250
  say "DATA"; expect 354
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    [[ "$line" == .* ]] && line=".$line"
    say "$line"
  done <"$file"
  say "."
  IFS= read -r -t 60 line <&3 || fail "SMTP: no answer after DATA"
  say "QUIT"
  exec 3>&-
  printf '%s\n' "${line%$'\r'}"
}

wait_for() { # seconds, command...
  local seconds=$1; shift
  for _ in $(seq 1 $((seconds * 5))); do
    "$@" && return 0
    sleep 0.2
  done
  return 1
}

header_count() { grep -ci "^$1:" "$2" || true; }

mail_dir="$work/mail/jordan/new"
delivered() { [ "$(find "$mail_dir" -type f 2>/dev/null | wc -l)" -ge "$1" ]; }
held_id() { postqueue -c "$cfg" -j | grep '"queue_name": *"hold"' | sed 's/.*"queue_id": *"\([^"]*\)".*/\1/' | head -1; }

start_milter
log "miltertest against the milter"
miltertest -D "socket=inet:$milter_port@127.0.0.1" -s "$repo/scripts/miltertest-shield.lua" \
  || fail "miltertest-shield.lua failed"
grep -q "shield-milter message queue_id=MT00001 .* verdict=sextortion .* action=quarantine" "$milter_log" \
  || fail "no milter log line for the miltertest message"

postfix -c "$cfg" start >"$work/postfix-start.txt" 2>&1 || { cat "$work/postfix-start.txt"; fail "postfix did not start"; }
wait_for 20 bash -c "(exec 9<>/dev/tcp/127.0.0.1/$smtp_port) 2>/dev/null" || fail "postfix does not listen"

fixtures="$repo/milter/src/test/resources/mail"
log "sending a clean mail (carrying a forged 'X-Sextortion-Verdict: sextortion')"
answer=$(smtp_send priya.shah@supplier.example.org jordan.miller@example.com "$fixtures/clean-business.eml")
[[ "$answer" == 250* ]] || fail "clean mail not accepted: $answer"
log "sending a sextortion mail (carrying a forged 'X-Sextortion-Verdict: clean')"
answer=$(smtp_send billing@mailer.example.net jordan.miller@example.com "$fixtures/sextortion-webcam.eml")
[[ "$answer" == 250* ]] || fail "sextortion mail not accepted: $answer"

wait_for 30 delivered 1 || { cat "$work/maillog"; fail "the clean mail was not delivered"; }
clean_file=$(find "$mail_dir" -type f | head -1)
grep -q "^Subject: Re: Delivery schedule for the March order" "$clean_file" || fail "delivered mail is not the clean one"
[ "$(header_count X-Sextortion-Verdict "$clean_file")" -eq 1 ] || fail "clean mail: expected one verdict header"
grep -q "^X-Sextortion-Verdict: clean$" "$clean_file" || fail "clean mail not tagged clean"
grep -q "^X-Sextortion-Score: 0\.[0-9]\{4\}$" "$clean_file" || fail "clean mail has no score header"
grep -q "^X-Sextortion-Signals: " "$clean_file" || fail "clean mail has no signals header"
log "clean mail delivered, tagged clean, forged verdict gone"

wait_for 30 bash -c "postqueue -c '$cfg' -j | grep -q '\"queue_name\": *\"hold\"'" \
  || { postqueue -c "$cfg" -p; fail "the sextortion mail is not in the hold queue"; }
id=$(held_id)
postcat -c "$cfg" -hq "$id" >"$work/held.txt"
[ "$(header_count X-Sextortion-Verdict "$work/held.txt")" -eq 1 ] || fail "held mail: expected one verdict header"
grep -q "^X-Sextortion-Verdict: sextortion$" "$work/held.txt" || fail "held mail not tagged sextortion"
grep -q "^X-Sextortion-Signals: .*recording-claim" "$work/held.txt" || fail "held mail lacks its signals"
[ "$(header_count X-Sextortion-Score "$work/held.txt")" -eq 1 ] || fail "held mail: the forged score is still there"
# Postfix logs the hold but not the milter's reason text (Sendmail keeps it in the queue file); ours is in our log.
wait_for 10 grep -q "$id: milter-hold: END-OF-MESSAGE from .*: milter triggers HOLD action" "$work/maillog" \
  || { cat "$work/maillog"; fail "Postfix did not log the milter hold"; }
grep -q "shield-milter message queue_id=$id .* verdict=sextortion .* action=quarantine" "$milter_log" \
  || { cat "$milter_log"; fail "no milter log line for $id"; }
[ "$(find "$mail_dir" -type f | wc -l)" -eq 1 ] || fail "the sextortion mail was delivered"
log "sextortion mail held ($id), tagged, forged verdict gone"

log "reject-score 0.5: Postfix answers 550 5.7.1"
stop_milter
start_milter --reject-score 0.5 --reject-text "Extortion mail is not accepted here"
answer=$(smtp_send billing@mailer.example.net jordan.miller@example.com "$fixtures/sextortion-webcam.eml")
[[ "$answer" == "550 5.7.1 Extortion mail is not accepted here" ]] || fail "expected the 550 5.7.1 rejection, got: $answer"
answer=$(smtp_send priya.shah@supplier.example.org jordan.miller@example.com "$fixtures/clean-business.eml")
[[ "$answer" == 250* ]] || fail "clean mail not accepted while rejecting: $answer"
wait_for 30 delivered 2 || fail "the second clean mail was not delivered"

log "metrics and health"
http_get() {
  exec 4<>"/dev/tcp/127.0.0.1/$http_port"
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&4
  cat <&4
  exec 4>&-
}
http_get /health | grep -q "^ok socket=inet:$milter_port@127.0.0.1" || fail "health check not ok"
http_get /metrics | grep -q 'shield_milter_messages_total{verdict="sextortion",action="reject"} 1' \
  || fail "metrics do not count the rejection"

log "milter down: Postfix still delivers (milter_default_action = accept)"
stop_milter
answer=$(smtp_send priya.shah@supplier.example.org jordan.miller@example.com "$fixtures/clean-business.eml")
[[ "$answer" == 250* ]] || fail "mail refused while the milter is down: $answer"
wait_for 30 delivered 3 || fail "mail was lost while the milter was down"

log "passed"
