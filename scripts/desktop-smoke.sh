#!/usr/bin/env bash
# Desktop smoke test: runs the real AccountDesk binary under Xvfb on a demo
# workspace, waits for its window to paint, takes a screenshot, checks the
# process is still alive 3 s later, quits it through the menu shortcut and
# checks the workspace afterwards.
#   scripts/desktop-smoke.sh build/bin/accountdesk
# SAVE_SCREENSHOT=1 also writes docs/screenshots/main-window.png.
set -euo pipefail

BIN=$(realpath "${1:?usage: desktop-smoke.sh BIN}")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
XPID= APID=
cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
say() { printf '[smoke %5.1fs] %s\n' "$(($(date +%s%N) - START))e-9" "$*"; }
fail() { say "FAILED: $*"; exit 1; }
START=$(date +%s%N)

for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || fail "$tool is missing (make test installs xvfb, xdotool and imagemagick)"
done

# A free display number.
DISPLAY_NUM=99
while [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] || [ -e "/tmp/.X$DISPLAY_NUM-lock" ]; do DISPLAY_NUM=$((DISPLAY_NUM + 1)); done
export DISPLAY=":$DISPLAY_NUM"
Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp -noreset >"$TMP/xvfb.log" 2>&1 &
XPID=$!
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
say "Xvfb up on $DISPLAY"

export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
mkdir -p "$HOME"
WS="$TMP/ws/workspace.db"
"$BIN" demo --workspace "$WS" >/dev/null || fail "demo workspace could not be created"
say "demo workspace written"

"$BIN" --workspace "$WS" >"$TMP/app.log" 2>&1 &
APID=$!
say "started AccountDesk (pid $APID)"

WIN=
for _ in $(seq 300); do
  WIN=$(xdotool search --name "AccountDesk" 2>/dev/null | head -1 || true)
  [ -n "$WIN" ] && break
  kill -0 "$APID" 2>/dev/null || { cat "$TMP/app.log"; fail "the app exited before showing a window"; }
  sleep 0.1
done
[ -n "$WIN" ] || fail "no window named AccountDesk within 30 s"
say "window $WIN appeared: $(xdotool getwindowname "$WIN")"

# Painted: the window is not one flat colour (its frame has drawn).
painted=
for _ in $(seq 200); do
  import -window root "$TMP/shot.png" 2>/dev/null || true
  colours=$(convert "$TMP/shot.png" -crop 900x500+200+60 +repage -format '%k' info: 2>/dev/null || echo 0)
  if [ "${colours:-0}" -gt 50 ]; then painted=1; break; fi
  sleep 0.1
done
[ -n "$painted" ] || fail "the window never painted its content within 20 s"
say "window painted ($colours colours in the content area)"

# The frame above is drawn by index.html before any script runs; the real UI
# has arrived when the Dashboard's figures (the row of cards below the
# heading) are drawn too.
drawn=
VIS=$(xdotool search --onlyvisible --pid "$APID" 2>/dev/null | head -1 || true)
for _ in $(seq 200); do
  colours=$(import -silent -window "${VIS:-$WIN}" -crop 700x100+260+190 +repage -format '%k' info: 2>/dev/null || echo 0)
  if [ "${colours:-0}" -gt 50 ]; then drawn=1; break; fi
  sleep 0.1
done
[ -n "$drawn" ] || fail "the Dashboard's figures were never drawn within 20 s"
say "Dashboard drawn ($colours colours where its figures are)"

# Let the charts settle, then take the picture.
sleep 1.5
import -window root "$TMP/main-window.png"
geom=$(xdotool getwindowgeometry --shell "${VIS:-$WIN}")
eval "$geom"
convert "$TMP/main-window.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$TMP/main-window.png"
if [ "${SAVE_SCREENSHOT:-}" = 1 ]; then
  mkdir -p "$ROOT/docs/screenshots"
  cp "$TMP/main-window.png" "$ROOT/docs/screenshots/main-window.png"
  say "screenshot saved to docs/screenshots/main-window.png"
fi

sleep 3
kill -0 "$APID" 2>/dev/null || { cat "$TMP/app.log"; fail "the app died within 3 s of showing its window"; }
say "still running 3 s after painting"

# Quit the way a user does: Ctrl+Q (File → Quit).
xdotool windowactivate --sync "$WIN" >/dev/null 2>&1 || xdotool windowfocus "$WIN" >/dev/null 2>&1 || true
xdotool key --window "$WIN" ctrl+q >/dev/null 2>&1 || true
for _ in $(seq 100); do kill -0 "$APID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APID" 2>/dev/null; then
  say "Ctrl+Q did not reach the window (no window manager); sending SIGTERM"
  kill -TERM "$APID"
  for _ in $(seq 100); do kill -0 "$APID" 2>/dev/null || break; sleep 0.1; done
fi
kill -0 "$APID" 2>/dev/null && fail "the app did not quit within 10 s"
APID=
say "quit"

"$BIN" check --workspace "$WS" >/dev/null || fail "the workspace does not pass check after quitting"
say "workspace passes check; smoke test passed"
