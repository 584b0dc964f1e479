#!/usr/bin/env bash
# Signs one Windows file in place with osslsigncode, using the certificate in
# ACCOUNTDESK_SIGN_CERT / ACCOUNTDESK_SIGN_PASSWORD. Used for the exe, the
# installer and (from NSIS) the uninstaller.
set -euo pipefail
f=${1:?file}
osslsigncode sign -pkcs12 "$ACCOUNTDESK_SIGN_CERT" -pass "${ACCOUNTDESK_SIGN_PASSWORD:-}" \
  -n "AccountDesk" -i "https://example.com/accountdesk" -h sha256 -in "$f" -out "$f.signed" >/dev/null
mv "$f.signed" "$f"
