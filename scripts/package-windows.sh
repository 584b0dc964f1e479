#!/usr/bin/env bash
# Builds the Windows exe and its NSIS installer into build/dist/, signing both
# when a certificate is given:
#   ACCOUNTDESK_SIGN_CERT=cert.p12 ACCOUNTDESK_SIGN_PASSWORD=… scripts/package-windows.sh VERSION
# Without them it builds unsigned and says so. Needs gcc-mingw-w64-x86-64,
# nsis and osslsigncode (make dist-windows installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:?version}
WAILS=.bin/wails
OUT=build/dist
mkdir -p "$OUT"
rm -f "$OUT"/*.exe # only this build's files

# go-sqlite3 needs cgo with the mingw compiler; without it the exe builds but
# SQLite fails at run time. CC is set only here: the Wails CLI itself was
# built for this machine by make.
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc $WAILS build -platform windows/amd64 -tags sqlite_fts5 \
  -ldflags "-X main.version=$VERSION" -trimpath -m -skipbindings -s >/dev/null
EXE=build/bin/accountdesk.exe

sign() {
  if [ -n "${ACCOUNTDESK_SIGN_CERT:-}" ]; then
    osslsigncode sign -pkcs12 "$ACCOUNTDESK_SIGN_CERT" -pass "${ACCOUNTDESK_SIGN_PASSWORD:-}" \
      -n "AccountDesk" -i "https://example.com/accountdesk" -h sha256 -in "$1" -out "$1.signed" >/dev/null
    mv "$1.signed" "$1"
    echo "signed $1"
  fi
}
[ -n "${ACCOUNTDESK_SIGN_CERT:-}" ] || echo "ACCOUNTDESK_SIGN_CERT is not set: building UNSIGNED Windows files"

sign "$EXE"
# The installer is built from the signed exe.
makensis -V1 -DARG_WAILS_AMD64_BINARY="$PWD/$EXE" build/windows/installer/project.nsi
INSTALLER=build/bin/AccountDesk-amd64-installer.exe
sign "$INSTALLER"
cp "$EXE" "$OUT/accountdesk.exe"
cp "$INSTALLER" "$OUT/AccountDesk-${VERSION#v}-amd64-installer.exe"
ls -1 "$OUT" | grep -i -E '\.exe$'
