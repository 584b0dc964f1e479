#!/usr/bin/env bash
# Builds the Windows files signed with a throwaway self-signed certificate
# and verifies the signatures against it, and that the exe carries its
# version information and icon.
set -euo pipefail
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=AccountDesk test signing" \
  -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$TMP/key.pem" -in "$TMP/cert.pem" -out "$TMP/cert.p12" -passout pass:test 2>/dev/null
ACCOUNTDESK_SIGN_CERT="$TMP/cert.p12" ACCOUNTDESK_SIGN_PASSWORD=test scripts/package-windows.sh "${1:-0.1.0-test}"
for f in build/dist/accountdesk.exe build/dist/AccountDesk-*-amd64-installer.exe; do
  osslsigncode verify -CAfile "$TMP/cert.pem" -in "$f" >"$TMP/verify.txt" 2>&1 || { cat "$TMP/verify.txt"; echo "signature of $f does not verify" >&2; exit 1; }
  echo "verified $f"
done
file build/dist/accountdesk.exe | grep -q 'PE32+ executable (GUI) x86-64' || { echo "not a GUI amd64 exe" >&2; exit 1; }
# Version resource (UTF-16) and the icon resource are in the exe.
grep -qaP 'P\x00r\x00o\x00d\x00u\x00c\x00t\x00V\x00e\x00r\x00s\x00i\x00o\x00n' build/dist/accountdesk.exe || { echo "no version information in the exe" >&2; exit 1; }
grep -qaP 'A\x00c\x00c\x00o\x00u\x00n\x00t\x00D\x00e\x00s\x00k' build/dist/accountdesk.exe || { echo "no product name in the exe" >&2; exit 1; }
# The version resource carries the version built (1.2.3 when the test is run as in make test).
if [ "${1:-}" = 1.2.3 ]; then
  grep -qaP '1\x00\.\x002\x00\.\x003' build/dist/accountdesk.exe || { echo "the exe's version is not 1.2.3" >&2; exit 1; }
fi
echo "Windows exe and installer are signed and verify"
