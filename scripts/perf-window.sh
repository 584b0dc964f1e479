#!/usr/bin/env bash
# Measures a Wails app's window under Xvfb: time from exec to a painted
# window, and memory of the app and its WebKit processes 3 s after painting.
#   scripts/perf-window.sh RUNS BIN [ARGS...]
# "Painted" = the first screenshot of the window (polled with ImageMagick's
# import, one every ~80 ms) in which its content area holds more than 50
# colours, i.e. the UI has drawn, not a blank or single-colour surface.
# Resolution: one poll, about 80 ms; both apps are measured the same way.
# With CONTENT_CROP set (an ImageMagick geometry inside the window), the time
# until that area also holds more than 50 colours is reported as "content":
# for AccountDesk the Dashboard's figures, drawn after the data arrives.
# Prints one line per run and the medians: paint seconds, RSS MB (sum over the
# process tree) and PSS MB (shared pages split fairly, so libraries are not
# counted three times).
set -euo pipefail
RUNS=${1:?runs}; shift
BIN=$(realpath "$1"); shift
TMP=$(mktemp -d)
XPID=
# Stop our Xvfb and wait for it to go, so a run right after this one cannot
# find its display half shut down.
trap '[ -n "$XPID" ] && { kill $XPID 2>/dev/null; wait $XPID 2>/dev/null; }; rm -rf "$TMP"' EXIT
# A display nobody holds: neither its socket nor its lock file may exist (a
# server shutting down keeps the lock a moment; taking its number made the
# app fail to open the display now and then).
D=97; while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D+1)); done
export DISPLAY=":$D"
# -noreset: an X server resets when its last client leaves, and an app started
# during the reset cannot open the display ("failed to init GTK", about one
# launch in fifty here, each one right after a killed run).
Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp -noreset >/dev/null 2>&1 & XPID=$!
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
kill -0 "$XPID" 2>/dev/null || { echo "Xvfb did not start on $DISPLAY" >&2; exit 1; }
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
mkdir -p "$HOME"

tree() { # pid and all descendants
  local p=$1; echo "$p"
  for c in $(pgrep -P "$p" || true); do tree "$c"; done
}
sum_kb() { # field from smaps_rollup over pids
  local field=$1; shift; local total=0
  for p in "$@"; do
    v=$(awk -v f="$field:" '$1==f {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${v:-0}))
  done
  echo "$total"
}
paints=() contents=() rss=() pss=()
for run in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "$BIN" "$@" >"$TMP/app.log" 2>&1 & APID=$!
  painted=
  for _ in $(seq 400); do
    win=$(xdotool search --onlyvisible --pid "$APID" 2>/dev/null | head -1 || true)
    if [ -n "$win" ]; then
      n=$(import -silent -window "$win" -crop 800x400+40+80 +repage -format '%k' info: 2>/dev/null || echo 0)
      if [ "${n:-0}" -gt 50 ]; then painted=$(date +%s%N); break; fi
    fi
    sleep 0.03
  done
  if [ -z "$painted" ]; then
    kill "$APID" 2>/dev/null || echo "run $run: the app exited before painting; its output:" >&2
    head -12 "$TMP/app.log" >&2
    echo "run $run: never painted"; exit 1
  fi
  content=$painted
  if [ -n "${CONTENT_CROP:-}" ]; then
    content=
    for _ in $(seq 400); do
      n=$(import -silent -window "$win" -crop "$CONTENT_CROP" +repage -format '%k' info: 2>/dev/null || echo 0)
      if [ "${n:-0}" -gt 50 ]; then content=$(date +%s%N); break; fi
      sleep 0.03
    done
    [ -n "$content" ] || { kill "$APID"; echo "run $run: content never drawn"; exit 1; }
  fi
  sleep 3
  pids=$(tree "$APID")
  r=$(sum_kb Rss $pids); s=$(sum_kb Pss $pids)
  t=$(awk -v a="$start" -v b="$painted" 'BEGIN{printf "%.2f", (b-a)/1e9}')
  c=$(awk -v a="$start" -v b="$content" 'BEGIN{printf "%.2f", (b-a)/1e9}')
  echo "run $run: painted ${t}s, content ${c}s, RSS $((r/1024)) MB, PSS $((s/1024)) MB over $(echo $pids | wc -w) processes"
  paints+=("$t"); contents+=("$c"); rss+=($((r/1024))); pss+=($((s/1024)))
  kill "$APID"; wait "$APID" 2>/dev/null || true
  for p in $pids; do kill "$p" 2>/dev/null || true; done
  sleep 0.5
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "median: painted $(median "${paints[@]}")s, content $(median "${contents[@]}")s, RSS $(median "${rss[@]}") MB, PSS $(median "${pss[@]}") MB, binary $(( $(stat -c %s "$BIN") / 1024 / 1024 )) MB"
