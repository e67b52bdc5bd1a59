#!/usr/bin/env bash
# Check on a real kiosk machine that a crash never leaves the desktop showing for more than a few
# seconds: SIGKILL the kiosk started by the systemd user unit and time its return.
#
#   build_spec/check_restart.sh [UNIT] [LIMIT_SECONDS]     (defaults: blueheart-kiosk.service, 10)
#
# Run it as the kiosk user, in the graphical session, with the unit installed and enabled
# (see build_spec/deploy/linux/blueheart-kiosk.service). Exit 0 and "PASS" when a new kiosk
# process is running (and, when xdotool is installed, its window is mapped) within the limit.
set -euo pipefail

UNIT="${1:-blueheart-kiosk.service}"
LIMIT="${2:-10}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"

fail() { echo "FAIL: $*" >&2; exit 1; }
main_pid() { "$SYSTEMCTL" --user show -p MainPID --value "$UNIT"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
over_limit() { awk -v a="$1" -v b="$(now)" -v l="$LIMIT" 'BEGIN { exit !((b - a) > l) }'; }

"$SYSTEMCTL" --user cat "$UNIT" >/dev/null 2>&1 || fail "$UNIT is not installed for this user"
grep -q '^Restart=always' < <("$SYSTEMCTL" --user cat "$UNIT") || fail "$UNIT has no Restart=always"

if ! "$SYSTEMCTL" --user is-active --quiet "$UNIT"; then
  echo "starting $UNIT"
  "$SYSTEMCTL" --user start "$UNIT"
fi
start=$(now)
until [ "$(main_pid)" -gt 0 ] 2>/dev/null; do
  over_limit "$start" && fail "$UNIT did not start within $LIMIT s"
  sleep 0.2
done
sleep 3  # let it reach its first frame
old=$(main_pid)
echo "kiosk running as PID $old; sending SIGKILL"

start=$(now)
kill -KILL "$old"
while :; do
  new=$(main_pid)
  if [ "$new" -gt 0 ] 2>/dev/null && [ "$new" != "$old" ] && "$SYSTEMCTL" --user is-active --quiet "$UNIT"; then
    break
  fi
  over_limit "$start" && fail "no new kiosk process within $LIMIT s (MainPID=$new, state $("$SYSTEMCTL" --user is-active "$UNIT" || true))"
  sleep 0.1
done
echo "new kiosk process PID $new after $(elapsed "$start") s"

if command -v xdotool >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  until xdotool search --onlyvisible --pid "$new" >/dev/null 2>&1; do
    over_limit "$start" && fail "kiosk PID $new showed no window within $LIMIT s"
    sleep 0.1
  done
  echo "kiosk window visible again after $(elapsed "$start") s"
else
  echo "(xdotool or DISPLAY missing: window not checked, process only)"
fi
echo "PASS: SIGKILL → kiosk back within $LIMIT s"
