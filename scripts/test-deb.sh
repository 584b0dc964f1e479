#!/usr/bin/env bash
# Installs the .deb from build/dist on this machine, checks the command, the
# desktop entry and icons, runs the desktop smoke test against the installed
# binary, removes the package and checks the user's workspace survives.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
DEB=$(ls build/dist/accountdesk_*_amd64.deb | head -1)
[ -f "$DEB" ] || { echo "no .deb in build/dist: run make dist-linux" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# A run that was interrupted may have left a package installed; this test
# installs exactly the one just built, whatever its version.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq accountdesk >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --allow-downgrades "./$DEB" >/dev/null
out=$(/usr/bin/accountdesk version)
echo "installed: $out"
[[ "$out" == accountdesk\ * ]] || { echo "accountdesk version printed: $out" >&2; exit 1; }
for f in /usr/share/applications/accountdesk.desktop /usr/share/icons/hicolor/256x256/apps/accountdesk.png /usr/share/icons/hicolor/512x512/apps/accountdesk.png; do
  [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }
done
grep -q '^Exec=/usr/bin/accountdesk' /usr/share/applications/accountdesk.desktop

scripts/desktop-smoke.sh /usr/bin/accountdesk

# Uninstalling never touches the user's data.
/usr/bin/accountdesk demo --workspace "$TMP/ws.db" >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq accountdesk >/dev/null
[ ! -e /usr/bin/accountdesk ] || { echo "/usr/bin/accountdesk still there after remove" >&2; exit 1; }
[ -s "$TMP/ws.db" ] || { echo "the workspace went with the package" >&2; exit 1; }
echo "deb installs, runs, and uninstalls leaving the workspace alone"
