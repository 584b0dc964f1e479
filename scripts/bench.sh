#!/usr/bin/env bash
# The performance run of the reliability issue, in one go (make bench):
#   1. a generated 5 000-account workspace (`accountdesk demo --accounts 5000`);
#   2. every Go benchmark: each read the screens make (SQLite, in-process,
#      HTTP mode), the store, utilization, plan and portfolio PDFs;
#   3. launch to painted window, RSS and binary size on that workspace beside
#      the stock Wails react-ts template built the same way;
#   4. the whole portfolio exported in every format from the command line;
#   5. each main screen's first paint after its data arrives, in Chromium.
# Writes everything under build/bench/ and prints the summary (report.txt).
# Figures are reported, never asserted: docs/performance.md holds the targets.
#   scripts/bench.sh APP WAILS [RUNS]
set -euo pipefail
APP=$(realpath "${1:?built accountdesk binary}")
WAILS=${2:?wails command}
RUNS=${3:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/build/bench
rm -rf "$OUT" && mkdir -p "$OUT"
REPORT=$OUT/report.txt
say() { echo "$*" | tee -a "$REPORT"; }
secs() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(secs)" 'BEGIN { printf "%.2f", b - a }'; }

say "AccountDesk performance run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(go env GOVERSION)"
say "binary: $APP ($(stat -c %s "$APP") bytes)"

# 1. The workspace.
WS=$OUT/ws5000/workspace.db
t=$(secs)
"$APP" demo --workspace "$WS" --accounts 5000 >/dev/null
say "1. workspace: 5 000 accounts generated in $(elapsed "$t") s, $(stat -c %s "$WS") bytes"
"$APP" check --workspace "$WS" | sed 's/^/   /' | tee -a "$REPORT"

# 2. Go benchmarks (they generate and cache the same workspace themselves).
say "2. Go benchmarks (full output: build/bench/go.txt)"
(cd "$ROOT" && go test -tags "${TAGS:?build tags, from the Makefile}" -run '^$' -bench . -benchmem -benchtime "${BENCHTIME:-100x}" ./...) >"$OUT/go.txt" 2>&1
grep -E '^Benchmark' "$OUT/go.txt" | awk '{
  line = sprintf("   %-58s", $1)
  for (i = 3; i < NF; i++) if ($(i+1) ~ /^(ns\/op|p50-ms|p95-ms)$/) line = line sprintf(" %12s %s", $i, $(i+1))
  print line }' | tee -a "$REPORT"

# 3. The window beside the stock template (built once per Wails/Go version).
STOCK_DIR=$ROOT/.bin/stock-template-$(go env GOVERSION)
STOCK=$STOCK_DIR/stock/build/bin/stock
if [ ! -x "$STOCK" ]; then
  rm -rf "$STOCK_DIR" && mkdir -p "$STOCK_DIR"
  (cd "$STOCK_DIR" && $WAILS init -n stock -t react-ts >/dev/null && cd stock && $WAILS build -tags webkit2_41 -trimpath -m >/dev/null)
fi
say "3. window, medians of $RUNS launches each (stock template, then AccountDesk on the 5 000-account workspace)"
stock=$("$ROOT/scripts/perf-window.sh" "$RUNS" "$STOCK" | tail -1)
ours=$("$ROOT/scripts/perf-window.sh" "$RUNS" "$APP" --workspace "$WS" | tail -1)
say "   stock template: $stock"
say "   AccountDesk:    $ours"
num() { sed -E "s/.*$1 ([0-9.]+).*/\1/" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
say "   ratios: paint $(ratio "$(num painted "$ours")" "$(num painted "$stock")"), RSS $(ratio "$(num RSS "$ours")" "$(num RSS "$stock")"), binary $(ratio "$(stat -c %s "$APP")" "$(stat -c %s "$STOCK")") (target 1.25×)"

# 4. The whole portfolio, every format, from the command line.
mkdir -p "$OUT/export"
t=$(secs)
"$APP" export --workspace "$WS" --to "$OUT/export" --portfolio --format pdf,md,html,json,csv >/dev/null
say "4. portfolio export (pdf, md, html, json, csv) of 5 000 accounts: $(elapsed "$t") s, $(find "$OUT/export" -type f | wc -l) files, $(du -sh "$OUT/export" | cut -f1)"

# 5. First screen after the data arrives, in Chromium.
say "5. first screen after the data arrives (ms, Performance API, target 100 ms)"
(cd "$ROOT/frontend" && ACCOUNTDESK_BIN="$APP" ACCOUNTS=5000 RUNS="$RUNS" node e2e/perf/first-screen.mjs) 2>&1 | sed 's/^/   /' | tee -a "$REPORT"
say "report: build/bench/report.txt"
