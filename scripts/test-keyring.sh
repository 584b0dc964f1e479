#!/usr/bin/env bash
# Runs the keyring half of TestExportPlaces against a real Secret Service: a
# private D-Bus session bus with gnome-keyring-daemon and a throwaway login
# keyring in a temporary home. Needs dbus and gnome-keyring (make test
# installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/runtime"
chmod 700 "$TMP/runtime"
# Go's caches stay where they are; only the keyring's home is throwaway.
export GOCACHE=${GOCACHE:-$(go env GOCACHE)} GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)} GOPATH=${GOPATH:-$(go env GOPATH)}
HOME="$TMP/home" XDG_RUNTIME_DIR="$TMP/runtime" XDG_DATA_HOME="$TMP/home/.local/share" \
  dbus-run-session -- bash -c '
    set -euo pipefail
    eval "$(printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets)"
    ACCOUNTDESK_TEST_KEYRING=1 go test -tags "webkit2_41,sqlite_fts5" -count=1 -run "^TestExportPlaces$" -v ./app/ 2>&1 |
      grep -E "^(=== RUN|--- |ok|FAIL|PASS)|places_test"
  '
