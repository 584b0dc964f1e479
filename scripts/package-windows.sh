#!/usr/bin/env bash
# Builds the Windows exe and its NSIS installer into build/dist/, signing both
# when a certificate is given:
#   ACCOUNTDESK_SIGN_CERT=cert.p12 ACCOUNTDESK_SIGN_PASSWORD=… scripts/package-windows.sh VERSION
# Without them it builds unsigned and says so. Needs gcc-mingw-w64-x86-64,
# nsis and osslsigncode (make dist-windows installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:?version}
WAILS=${WAILS:?run through make dist-windows, which sets WAILS}
OUT=build/dist
mkdir -p "$OUT"
rm -f "$OUT"/*.exe # only this build's files

# The exe's version resource carries this build's version (wails.json keeps a
# placeholder); the template is put back afterwards.
NUMERIC=$(echo "${VERSION#v}" | grep -oE '^[0-9]+(\.[0-9]+){1,3}' || echo 0.1.0)
cp build/windows/info.json "$OUT/.info.json.orig"
trap 'mv "$OUT/.info.json.orig" build/windows/info.json' EXIT
sed -i "s/{{.Info.ProductVersion}}/$NUMERIC/" build/windows/info.json

# go-sqlite3 needs cgo with the mingw compiler; without it the exe builds but
# SQLite fails at run time. CC is set only here: the Wails CLI itself was
# built for this machine by make.
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc $WAILS build -platform windows/amd64 -tags sqlite_fts5 \
  -ldflags "-X main.version=$VERSION" -trimpath -m -skipbindings -s >/dev/null
EXE=build/bin/accountdesk.exe

sign() {
  if [ -n "${ACCOUNTDESK_SIGN_CERT:-}" ]; then
    scripts/sign-in-place.sh "$1"
    echo "signed $1"
  fi
}
[ -n "${ACCOUNTDESK_SIGN_CERT:-}" ] || echo "ACCOUNTDESK_SIGN_CERT is not set: building UNSIGNED Windows files"

sign "$EXE"
# The installer carries Microsoft's WebView2 bootstrapper for machines without
# the runtime. `wails build -nsis` writes it from a copy inside the Wails
# module; we call makensis ourselves (to sign the uninstaller), so take the
# same file from the pinned module. The network is not needed.
WAILS_DIR=$(go list -m -f '{{.Dir}}' github.com/wailsapp/wails/v2)
mkdir -p build/windows/installer/tmp
install -m 0644 "$WAILS_DIR/internal/webview2runtime/MicrosoftEdgeWebview2Setup.exe" \
  build/windows/installer/tmp/MicrosoftEdgeWebview2Setup.exe
# The installer is built from the signed exe.
nsis_sign=()
[ -z "${ACCOUNTDESK_SIGN_CERT:-}" ] || nsis_sign=(-DSIGN_CMD="$PWD/scripts/sign-in-place.sh")
makensis -V1 -DARG_WAILS_AMD64_BINARY="$PWD/$EXE" -DINFO_PRODUCTVERSION="$NUMERIC" "${nsis_sign[@]}" build/windows/installer/project.nsi
INSTALLER=build/bin/AccountDesk-amd64-installer.exe
sign "$INSTALLER"
cp "$EXE" "$OUT/accountdesk.exe"
cp "$INSTALLER" "$OUT/AccountDesk-${VERSION#v}-amd64-installer.exe"
ls -1 "$OUT" | grep -i -E '\.exe$'
