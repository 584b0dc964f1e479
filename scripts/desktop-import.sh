#!/usr/bin/env bash
# Desktop check (issue 16): a timesheet export chosen in the real window's
# file dialog reaches the import — read in the page, sent to Go in pieces
# over the Wails bridge (a 3 MB file is two pieces), recognised, previewed
# and imported. Runs the binary under Xvfb on a demo workspace, writes a
# Harvest detailed time report of 20 000 entries by the demo team on the demo
# accounts, opens Import with Ctrl+K, chooses the file in GTK's file dialog
# (Ctrl+L and its path), presses Import, and checks the workspace against
# totals Python works out from the file itself.
#   scripts/desktop-import.sh build/bin/accountdesk
# The Import button is clicked by position at the foot of the scrolled page
# (IMPORT_X/IMPORT_Y in the default 1280×820 window): after a layout change,
# look at the screenshot left on failure and move them.
set -euo pipefail

BIN=$(realpath "${1:?usage: desktop-import.sh BIN}")
IMPORT_X=${IMPORT_X:-379} IMPORT_Y=${IMPORT_Y:-456}
NAME=import
. "$(dirname "$0")/desktop-lib.sh"

desktop_xvfb
WS="$TMP/ws/workspace.db"
"$BIN" demo --workspace "$WS" >/dev/null || fail "demo workspace could not be created"
FILE="$TMP/harvest_time_report_from2026-10-01to2026-11-30.csv"
# The file, and what importing it must give: hours per account-month and
# the number of person-months (every entry is by someone on the roster).
expected=$(/usr/bin/python3 - "$WS" "$FILE" <<'PY'
import csv, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
accounts = [r[0] for r in db.execute("SELECT name FROM accounts ORDER BY id")]
people = [r[0] for r in db.execute("SELECT name FROM people ORDER BY id")]
rnd = random.Random(16)
per_month, per_person = {}, set()
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded", "Billable?",
                "Invoiced?", "Approved?", "First Name", "Last Name", "Roles", "Employee?", "Billable Rate",
                "Billable Amount", "Cost Rate", "Cost Amount", "Currency", "External Reference URL"])
    for i in range(20000):
        first, _, last = rnd.choice(people).partition(" ")
        month, day, account = rnd.choice(["10", "11"]), rnd.randint(1, 28), rnd.choice(accounts)
        hours = rnd.choice([0.25, 0.5, 1, 1.5, 2])
        w.writerow([f"2026-{month}-{day:02d}", account, "Retainer", "R", "Design", f"Campaign work, round {i}",
                    f"{hours:.2f}", "", "Yes", "No", "Yes", first, last, "Designer", "Yes", "150", "", "60", "",
                    "US Dollar - USD", ""])
        key = (account, f"2026-{month}")
        per_month[key] = per_month.get(key, 0) + hours
        per_person.add((first + " " + last, account, f"2026-{month}"))
(account, month), hours = sorted(per_month.items())[0]
print(len(per_month), len(per_person), account, month, round(hours, 2), sep="\t")
PY
)
IFS=$'\t' read -r MONTHS PERSON_MONTHS ACCOUNT MONTH HOURS <<<"$expected"
say "file written: $(stat -c %s "$FILE") bytes, $MONTHS account-months, $PERSON_MONTHS person-months"

desktop_launch "$BIN" "$WS"
eval "$(xdotool getwindowgeometry --shell "$WIN")"
xdotool key ctrl+k && sleep 1
xdotool type --delay 30 "Import" && sleep 1.5
xdotool key Return && sleep 2     # Go to Import; focus is on its heading
xdotool key Tab && sleep 0.5      # Choose file…
xdotool key Return
desktop_focus_dialog "Select File"
xdotool key ctrl+l && sleep 0.5
xdotool type --delay 5 "$FILE" && sleep 0.5
xdotool key Return
xdotool windowfocus --sync "$WIN"
batches() { /usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM import_batches").fetchone()[0])' "$WS"; }
# The file is read, sent in pieces and previewed (a few seconds); then the
# Import button is at the foot of the page. Until the preview is there the
# click lands on nothing that changes anything, so it is tried again.
sleep 4
[ "$(batches)" = 0 ] || fail "something was imported before Import was pressed"
n=0
for attempt in $(seq 8); do
  xdotool mousemove $((X + 600)) $((Y + 600))
  for _ in $(seq 40); do xdotool click 5; done   # to the foot of the page
  sleep 1
  shot
  xdotool mousemove $((X + IMPORT_X)) $((Y + IMPORT_Y)) click 1
  for _ in $(seq 15); do
    n=$(batches)
    [ "$n" = 1 ] && break 2
    sleep 0.2
  done
  say "no import yet after attempt $attempt; the preview may still be on its way"
done
[ "$n" = 1 ] || fail "no import was recorded after pressing Import"
sleep 1
shot
got=$(/usr/bin/python3 - "$WS" "$ACCOUNT" "$MONTH" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
batch = db.execute("SELECT file_name, source, kind, created + updated + unchanged, failed FROM import_batches").fetchone()
hours = db.execute("SELECT m.hours_used FROM account_months m JOIN accounts a ON a.id = m.account_id WHERE a.name = ? AND m.month = ?",
                   (sys.argv[2], sys.argv[3])).fetchone()[0]
people = db.execute("SELECT count(*) FROM person_hours").fetchone()[0]
print(*batch, hours, people, sep="\t")
PY
)
IFS=$'\t' read -r G_FILE G_SOURCE G_KIND G_MONTHS G_FAILED G_HOURS G_PEOPLE <<<"$got"
[ "$G_FILE" = "$(basename "$FILE")" ] || fail "the batch names the file \"$G_FILE\""
[ "$G_SOURCE/$G_KIND" = "harvest/hours" ] || fail "recognised as $G_SOURCE/$G_KIND, want harvest/hours"
[ "$G_MONTHS" = "$MONTHS" ] && [ "$G_FAILED" = 0 ] || fail "$G_MONTHS account-months and $G_FAILED failed, want $MONTHS and 0"
awk -v a="$G_HOURS" -v b="$HOURS" 'BEGIN { exit !(a == b) }' || fail "$ACCOUNT $MONTH has $G_HOURS hours, the file adds up to $HOURS"
[ "$G_PEOPLE" = "$PERSON_MONTHS" ] || fail "$G_PEOPLE person-months recorded, want $PERSON_MONTHS"
grep -qi '"level":"error"' "$TMP/app.log" && fail "the app logged an error: $(grep -i '"level":"error"' "$TMP/app.log" | head -1)"
say "imported through the window: $G_MONTHS account-months ($ACCOUNT $MONTH: $G_HOURS h), $G_PEOPLE person-months"
