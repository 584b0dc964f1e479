#!/usr/bin/env bash
# Builds the Linux packages (.deb, .rpm, .tar.gz) into build/dist/ with nfpm,
# from build/bin/accountdesk (make build first).
#   scripts/package-linux.sh VERSION
# Depends are taken from the binary's real libraries: each NEEDED library is
# looked up with dpkg -S and the runtime package (not -dev) is required.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:?version}
VERSION=${VERSION#v}
# Untagged builds: 0.1.0~git<commits>.<hash>, so later builds sort after
# earlier ones (a hash alone does not order) and any tag sorts after both.
if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+ ]]; then
  VERSION="0.1.0~git$(git rev-list --count HEAD 2>/dev/null || echo 0).${VERSION//[^A-Za-z0-9.]/.}"
fi
BIN=build/bin/accountdesk
OUT=build/dist
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/accountdesk_*.deb "$OUT"/accountdesk-*.rpm "$OUT"/accountdesk_*.tar.gz # only this build's packages

for size in 256 512; do
  convert build/appicon.png -resize ${size}x${size} "$STAGE/icon-$size.png"
done

depends=$(objdump -p "$BIN" | awk '/NEEDED/{print $2}' | while read -r lib; do
  dpkg -S "*/$lib" 2>/dev/null | cut -d: -f1 | tr ', ' '\n\n' | grep -v -- '-dev$' | grep -v '^$' | head -1
done | sort -u)
[ -n "$depends" ] || { echo "no library dependencies found for $BIN" >&2; exit 1; }

{
  cat <<YAML
name: accountdesk
arch: amd64
platform: linux
version: "$VERSION"
section: office
priority: optional
maintainer: AccountDesk developers <accountdesk@example.com>
description: |
  Account plans, team, appraisals and onboarding for account directors at
  advertising, marketing and digital agencies. Works offline; data stays on
  this computer.
homepage: https://example.com/accountdesk
license: Proprietary
contents:
  - src: $BIN
    dst: /usr/bin/accountdesk
    file_info: { mode: 0755 }
  - src: build/linux/accountdesk.desktop
    dst: /usr/share/applications/accountdesk.desktop
  - src: $STAGE/icon-256.png
    dst: /usr/share/icons/hicolor/256x256/apps/accountdesk.png
  - src: $STAGE/icon-512.png
    dst: /usr/share/icons/hicolor/512x512/apps/accountdesk.png
depends:
YAML
  for d in $depends; do echo "  - $d"; done
} >"$STAGE/nfpm.yaml"

NFPM="go run github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.45.2"
for packager in deb rpm; do
  $NFPM package --config "$STAGE/nfpm.yaml" --packager "$packager" --target "$OUT/" >/dev/null
done
tar -C "$(dirname "$BIN")" -czf "$OUT/accountdesk_${VERSION}_linux_amd64.tar.gz" accountdesk
ls -1 "$OUT"
echo "Depends: $(echo $depends | tr ' ' ',')"
