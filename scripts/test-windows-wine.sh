#!/usr/bin/env bash
# Runs the Windows exe's command line under Wine: version, demo, check and an
# export to a folder. Proves cgo SQLite in the mingw build, the default
# workspace under %LOCALAPPDATA%, and export file names on Windows.
#   scripts/test-windows-wine.sh build/dist/accountdesk.exe
# Needs wine, wine64 and gcc-mingw-w64-x86-64 (make test installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
EXE=${1:-build/dist/accountdesk.exe}
TMP=$(mktemp -d)
export WINEPREFIX="$TMP/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
step() { echo "[wine] $*"; }

step "new Wine prefix"
wineboot --init >/dev/null 2>&1 || wine64 wineboot --init >/dev/null 2>&1
wineserver -w
# Wine 8 has no bcryptprimitives.dll, which every Go ≥ 1.22 exe imports
# (ProcessPrng): a stand-in goes into the prefix's system32, not beside the exe.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
cp "$EXE" "$TMP/accountdesk.exe"
ad() { wine "$TMP/accountdesk.exe" "$@" 2>"$TMP/stderr.txt" | tr -d '\r'; }

step "version"
out=$(ad version)
grep -q '^accountdesk ' <<<"$out" || { echo "version printed: $out"; cat "$TMP/stderr.txt"; exit 1; }
echo "$out"

user=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x -i public | head -1)
ws_win="C:\\users\\$user\\AppData\\Local\\AccountDesk\\workspace.db"
ws_unix="$WINEPREFIX/drive_c/users/$user/AppData/Local/AccountDesk/workspace.db"
step "demo into $ws_win"
ad demo --workspace "$ws_win" >/dev/null || { cat "$TMP/stderr.txt"; exit 1; }
test -s "$ws_unix" || { echo "no workspace at $ws_unix"; exit 1; }

step "check, finding the workspace in %LOCALAPPDATA% by itself"
ad check >"$TMP/check.txt" || { cat "$TMP/check.txt" "$TMP/stderr.txt"; exit 1; }
grep -qiF "ok: $ws_win" "$TMP/check.txt" || { echo "check did not use the workspace in %LOCALAPPDATA%:"; cat "$TMP/check.txt"; exit 1; }
cat "$TMP/check.txt"

step "export to C:\\exports"
mkdir -p "$WINEPREFIX/drive_c/exports"
ad export --to 'C:\exports' --format pdf,md,json,csv >"$TMP/export.txt" || { cat "$TMP/export.txt" "$TMP/stderr.txt"; exit 1; }
n=$(ls "$WINEPREFIX/drive_c/exports" | wc -l)
ls "$WINEPREFIX/drive_c/exports" | grep -q '^northwind-retail-plan-fy2027\.pdf$' || { ls "$WINEPREFIX/drive_c/exports"; exit 1; }
if ls -a "$WINEPREFIX/drive_c/exports" | grep -q partial; then echo "temporary files left behind"; exit 1; fi
grep -q "Exported $n file(s)" "$TMP/export.txt" || { cat "$TMP/export.txt"; exit 1; }
step "usage errors exit 2"
set +e
wine "$TMP/accountdesk.exe" export >/dev/null 2>&1
code=$?
set -e
[ "$code" = 2 ] || { echo "export without --to exited $code, want 2"; exit 1; }
echo "Windows command line works under Wine: version, demo, check, export ($n files)"
