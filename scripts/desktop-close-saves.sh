#!/usr/bin/env bash
# Desktop check (issue 21): text typed into the real window and followed at
# once by Ctrl+Q (File → Quit) is saved before the window closes. Runs the
# binary under Xvfb on a demo workspace, opens Helios Energy with Ctrl+K,
# clicks into its "Reason for health", types at its end, quits, and reads
# the workspace afterwards.
#   scripts/desktop-close-saves.sh build/bin/accountdesk
# The click lands by position in the window (the Overview's "Reason for
# health" field at the default 1280×820 size, high on the page so that new
# fields below it do not move it): after a layout change, look at the
# screenshot it leaves on failure and move FIELD_X/FIELD_Y.
set -euo pipefail

BIN=$(realpath "${1:?usage: desktop-close-saves.sh BIN}")
FIELD_X=${FIELD_X:-740} FIELD_Y=${FIELD_Y:-499}
NAME=close-saves
. "$(dirname "$0")/desktop-lib.sh"

desktop_xvfb
WS="$TMP/ws/workspace.db"
"$BIN" demo --workspace "$WS" >/dev/null || fail "demo workspace could not be created"
desktop_launch "$BIN" "$WS"
eval "$(xdotool getwindowgeometry --shell "$WIN")"
xdotool key ctrl+k && sleep 1
xdotool type --delay 30 "Helios" && sleep 1.5
xdotool key Return && sleep 2.5   # the palette's first result, Helios Energy
shot # the account page before the click
xdotool mousemove $((X + FIELD_X)) $((Y + FIELD_Y)) click 1 && sleep 0.5
xdotool key End
xdotool type --delay 20 " Typed just before quitting"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$APID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$APID" 2>/dev/null && fail "the app did not quit within 10 s of Ctrl+Q"
APID=
reason=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT health_reason FROM accounts WHERE name = ?", ("Helios Energy",)).fetchone()[0])' "$WS")
case "$reason" in
  *"Typed just before quitting") say "saved before quitting: \"$reason\"" ;;
  *) fail "the reason for health is \"$reason\": what was typed last was lost" ;;
esac
