# Shared by the desktop checks that drive the real window under Xvfb
# (desktop-close-saves.sh, desktop-import.sh). Source it after setting NAME;
# it makes TMP (removed on exit), say and fail, and:
#   desktop_xvfb                 Xvfb on a free display (-noreset: an app
#                                started while Xvfb resets cannot open it)
#   desktop_launch BIN WS        starts the app on the workspace, sets APID
#                                and WIN, and waits until the Dashboard's
#                                figures are drawn (the page takes keys)
#   desktop_focus_dialog TITLE   focuses the app's dialog window of that title
# Keys go through XTEST to the focused window (there is no window manager).
TMP=$(mktemp -d)
XPID= APID= WIN=
cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
say() { printf '[%s] %s\n' "$NAME" "$*"; }
fail() {
  # What the window showed at the last step that saved a picture, else now.
  cp "$TMP/last.png" "/tmp/desktop-$NAME-failure.png" 2>/dev/null || import -window root "/tmp/desktop-$NAME-failure.png" 2>/dev/null || true
  say "FAILED: $* (screenshot: /tmp/desktop-$NAME-failure.png)"
  exit 1
}
shot() { import -window root "$TMP/last.png" 2>/dev/null || true; }

desktop_xvfb() {
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  export DISPLAY=":$n"
  Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp -noreset >"$TMP/xvfb.log" 2>&1 &
  XPID=$!
  for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
  export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
  mkdir -p "$HOME"
}

desktop_launch() {
  "$1" --workspace "$2" >"$TMP/app.log" 2>&1 &
  APID=$!
  WIN=
  for _ in $(seq 300); do
    WIN=$(xdotool search --onlyvisible --pid "$APID" 2>/dev/null | head -1 || true)
    [ -n "$WIN" ] && break
    sleep 0.1
  done
  [ -n "$WIN" ] || fail "no window within 30 s"
  local colours
  for _ in $(seq 200); do
    colours=$(import -silent -window "$WIN" -crop 700x100+260+190 +repage -format '%k' info: 2>/dev/null || echo 0)
    [ "${colours:-0}" -gt 50 ] && break
    sleep 0.1
  done
  sleep 1
  xdotool windowfocus --sync "$WIN"
}

desktop_focus_dialog() {
  local d=
  for _ in $(seq 50); do
    d=$(xdotool search --onlyvisible --pid "$APID" --name "^$1\$" 2>/dev/null | head -1 || true)
    [ -n "$d" ] && break
    sleep 0.1
  done
  [ -n "$d" ] || fail "no \"$1\" dialog within 5 s"
  xdotool windowfocus --sync "$d"
}
