#!/usr/bin/env bash
# A short run of each fuzz target given as PKG:TARGET[:COUNT[:FLAGS]]
# (e.g. ./backend/export/:FuzzSlug:30000x). Each package's instrumented test
# binary is built once and run per target from the package's directory, as
# `go test -fuzz` does, with the same corpus cache: `go test -fuzz` would
# link the binary again for every target. The inputs found interesting are
# kept for this run only (FUZZ_CACHE keeps them elsewhere): a cache that grows
# with every run makes each later run's baseline longer (one target's had
# grown to 1 000 inputs, 45 s before fuzzing began).
set -euo pipefail
: "${TAGS:?}" "${FUZZ_TIME:=30000x}"
bins="$(mktemp -d)"
trap 'rm -rf "$bins"' EXIT
cache="${FUZZ_CACHE:-$bins/cache}"
root="$PWD"
declare -A built
for spec in "$@"; do
	IFS=: read -r pkg target count flags <<<"$spec"
	count="${count:-$FUZZ_TIME}"
	bin="$bins/$(printf '%s' "$pkg" | tr -c 'A-Za-z0-9' _).test"
	if [[ -z "${built[$pkg]:-}" ]]; then
		go test -tags "$TAGS" -c -fuzz=. -o "$bin" "$pkg"
		built[$pkg]="$(go list -tags "$TAGS" "$pkg")"
	fi
	echo "fuzz-short: $target in $pkg ($count)"
	# shellcheck disable=SC2086 # flags are words
	(cd "$root/$pkg" && "$bin" -test.run='^$' -test.fuzz="^$target\$" -test.fuzztime="$count" \
		-test.fuzzcachedir="$cache/${built[$pkg]}" ${flags:-})
done
